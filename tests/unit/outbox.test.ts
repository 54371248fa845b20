import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { flush, pending, queue, takeOutcomes, type RsvpIntent } from '$lib/offline/outbox';

const intent = (eventId: string, status: RsvpIntent['status'] = 'going'): RsvpIntent => ({
	kind: 'rsvp',
	eventId,
	eventTitle: `Event ${eventId}`,
	status,
	companion: false,
	accessRequests: ''
});

describe('outbox', () => {
	it('keeps an RSVP and feedback for the same event side by side', async () => {
		await queue(intent('x'));
		await queue({ kind: 'feedback', eventId: 'x', eventTitle: 'X', fields: [['attended', 'yes']] });
		expect((await pending()).map((q) => q.intent.kind)).toEqual(['rsvp', 'feedback']);
		await flush(async () => ({ status: 'ok' }));
		await takeOutcomes();
	});

	it('keeps the latest intent per event, and nothing is lost while offline', async () => {
		await queue(intent('a'));
		await queue(intent('b'));
		await queue(intent('a', 'maybe'));
		expect((await pending()).map((q) => [q.intent.eventId, q.intent.kind === 'rsvp' && q.intent.status])).toEqual([
			['b', 'going'],
			['a', 'maybe']
		]);
		expect(await flush(async () => 'offline')).toBe(0);
		expect(await pending()).toHaveLength(2);
		expect(await flush(() => Promise.reject(new TypeError('Failed to fetch')))).toBe(0);
		expect(await pending()).toHaveLength(2);
	});

	it('sends in order once back online and keeps each answer to show', async () => {
		const sent: string[] = [];
		const count = await flush(async (i) => {
			sent.push(i.eventId);
			return i.eventId === 'b' ? { status: 'waitlist' } : { error: 'rsvp.errors.closed' };
		});
		expect(count).toBe(2);
		expect(sent).toEqual(['b', 'a']);
		expect(await pending()).toEqual([]);
		const outcomes = await takeOutcomes();
		expect(outcomes.map((o) => o.result)).toEqual([{ status: 'waitlist' }, { error: 'rsvp.errors.closed' }]);
		expect(await takeOutcomes()).toEqual([]);
	});
});
