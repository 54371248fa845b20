import { describe, expect, it } from 'vitest';
import { feedbackWindow, readFeedback, toRpc } from '$lib/feedback/feedback';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

describe('readFeedback', () => {
	it('reads a full response, anonymous by default', () => {
		const result = readFeedback(
			form([
				['attended', 'yes'],
				['rating', '4'],
				['feltWelcome', 'yes'],
				['tookPart', 'partly'],
				['barriers', 'loud'],
				['suggestions', 'quieterRoom'],
				['suggestions', 'food'],
				['comment', '  Great tea  ']
			])
		);
		expect(result).toMatchObject({ ok: true, value: { attended: 'yes', rating: 4, barriers: ['loud'], suggestions: ['quieterRoom', 'food'], comment: 'Great tea', anonymous: true } });
	});

	it('respects an unticked "anonymous" box', () => {
		const result = readFeedback(form([['attended', 'no'], ['anonymousShown', 'yes']]));
		expect(result.ok && result.value.anonymous).toBe(false);
	});

	it('names each bad field', () => {
		const result = readFeedback(form([['rating', '9'], ['barriers', 'nonsense'], ['comment', 'x'.repeat(2001)]]));
		expect(result).toEqual({
			ok: false,
			errors: { attended: 'feedback.errors.attended', rating: 'feedback.errors.choose', barriers: 'feedback.errors.choose', comment: 'feedback.errors.tooLong' }
		});
	});
});

describe('toRpc and the window', () => {
	it("drops how-was-it answers from someone who didn't go", () => {
		const result = readFeedback(form([['attended', 'no'], ['rating', '5'], ['barriers', 'caring']]));
		expect(result.ok && toRpc('e1', result.value)).toMatchObject({ attended: false, rating: null, barriers: ['caring'] });
	});

	it('opens at the end and closes 14 days later', () => {
		const end = '2027-03-01T20:00:00Z';
		expect(feedbackWindow(end, new Date('2027-03-01T19:59:00Z'))).toBe('not_yet');
		expect(feedbackWindow(end, new Date('2027-03-15T19:59:00Z'))).toBe('open');
		expect(feedbackWindow(end, new Date('2027-03-15T20:01:00Z'))).toBe('closed');
	});
});
