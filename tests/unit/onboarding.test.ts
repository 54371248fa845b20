import { describe, expect, it } from 'vitest';
import { charterChanged, hasAgreed } from '$lib/onboarding/charter';
import { checkArea, readCommunity, readNeeds, readTopics } from '$lib/onboarding/forms';
import { emptyProgress, mergeProgress, nextStep, readProgress, settle, stepAfter, stepPath, steps } from '$lib/onboarding/steps';
import { suggestEvents } from '$lib/onboarding/suggest';
import type { ListedEvent } from '$lib/events/filters';

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
};

describe('welcome steps', () => {
	it('start at the first step and carry on at the first one not done or skipped', () => {
		let progress = emptyProgress();
		expect(nextStep(progress)).toBe('community');
		progress = settle(progress, 'community', 'done', { community: '11111111-1111-4111-8111-111111111111' });
		progress = settle(progress, 'charter', 'skipped');
		expect(nextStep(progress)).toBe('interests');
		progress = settle(progress, 'access', 'done', { needs: ['captions'] });
		expect(nextStep(progress)).toBe('interests');
	});

	it('end on the finish page once every step is done or skipped', () => {
		const progress = steps.reduce((p, step) => settle(p, step, 'skipped'), emptyProgress());
		expect(nextStep(progress)).toBeNull();
		expect(stepPath(nextStep(progress))).toBe('/welcome/done');
	});

	it('go forward in order', () => {
		expect(steps.map(stepAfter)).toEqual(['charter', 'interests', 'access', 'area', null]);
	});

	it('never let a skip undo a step already done, nor forget its answers', () => {
		let progress = settle(emptyProgress(), 'interests', 'done', { topics: ['web'] });
		progress = settle(progress, 'interests', 'skipped');
		expect(progress.done).toEqual(['interests']);
		expect(progress.skipped).toEqual([]);
		expect(progress.answers.topics).toEqual(['web']);
	});

	it('turn a skipped step into a done one when it is answered later', () => {
		let progress = settle(emptyProgress(), 'area', 'skipped');
		progress = settle(progress, 'area', 'done', { area: 'Bristol' });
		expect(progress).toMatchObject({ done: ['area'], skipped: [] });
	});

	it('read anything unreadable as a fresh start, keeping only the parts that are valid', () => {
		expect(readProgress('nonsense')).toEqual(emptyProgress());
		expect(readProgress({ done: ['community', 'hacked'], skipped: 'x', answers: { needs: ['captions'] } })).toEqual({
			done: [],
			skipped: [],
			answers: { needs: ['captions'] }
		});
		expect(readProgress({ done: [], skipped: [], answers: { needs: ['nope'] } }).answers).toEqual({});
		expect(readProgress({ done: ['charter'], skipped: [], answers: { needs: ['captions'], area: 'BS5' } })).toEqual({
			done: ['charter'],
			skipped: [],
			answers: { needs: ['captions'], area: 'BS5' }
		});
	});
});

describe('merging signed-out answers into an account', () => {
	it('loses nothing: lists are joined, steps done anywhere stay done, new single answers win', () => {
		const saved = settle(settle(emptyProgress(), 'interests', 'done', { topics: ['web'], offers: ['training'] }), 'area', 'skipped');
		const guest = settle(
			settle(emptyProgress(), 'access', 'done', { needs: ['captions'] }),
			'area',
			'done',
			{ area: 'Bristol', topics: ['open-data'] }
		);
		expect(mergeProgress(saved, guest)).toEqual({
			done: ['interests', 'access', 'area'],
			skipped: [],
			answers: { topics: ['web', 'open-data'], offers: ['training'], needs: ['captions'], area: 'Bristol' }
		});
	});

	it('keeps the account answer when the visitor left it empty', () => {
		const saved = settle(emptyProgress(), 'area', 'done', { area: 'Leeds' });
		const guest = settle(emptyProgress(), 'area', 'done', { area: '' });
		expect(mergeProgress(saved, guest).answers.area).toBe('Leeds');
	});
});

describe('reading step forms', () => {
	it('keeps only known topics and needs, once each', () => {
		expect(readTopics(form([['topic', 'web'], ['topic', 'web'], ['topic', 'evil']]), 'topic')).toEqual(['web']);
		expect(readNeeds(form([['need', 'captions'], ['need', 'nope']]))).toEqual(['captions']);
	});

	it('accepts only a community on the list', () => {
		expect(readCommunity(form([['community', 'a']]), ['a', 'b'])).toBe('a');
		expect(readCommunity(form([['community', 'c']]), ['a', 'b'])).toBeNull();
		expect(readCommunity(form([]), ['a'])).toBeNull();
	});

	it('keeps an area coarse: the place name found, never what else was typed', () => {
		const find = (text: string) =>
			text === 'BS5 6HG'
				? { found: { name: 'BS5', latitude: 51.46, longitude: -2.56, precision: 'postcode_area' as const, near: 'Bristol' } }
				: { found: null, suggestions: ['Bristol'] };
		expect(checkArea('  ', find)).toEqual({ ok: true, area: '' });
		expect(checkArea('BS5 6HG', find)).toEqual({ ok: true, area: 'BS5' });
		expect(checkArea('Bristl', find)).toEqual({ ok: false, error: 'profile.errors.areaUnknown', suggestions: ['Bristol'] });
		expect(checkArea('x'.repeat(81), find)).toMatchObject({ ok: false, error: 'profile.errors.areaTooLong' });
	});
});

describe('care charter versions', () => {
	it('counts as agreed only for the same or a newer version', () => {
		expect(hasAgreed(null, 1)).toBe(false);
		expect(hasAgreed(1, 2)).toBe(false);
		expect(hasAgreed(2, 2)).toBe(true);
	});

	it('asks again when a community raised its version after they agreed', () => {
		expect(charterChanged(1, [1, 2])).toBe(true);
		expect(charterChanged(2, [1, 2])).toBe(false);
		expect(charterChanged(null, [3])).toBe(false);
	});
});

describe('finish page suggestions', () => {
	const event = (id: string, access: Record<string, 'yes' | 'no' | 'unknown'>, status = 'published'): ListedEvent & { status: string } => ({
		id,
		status,
		starts_at: '2030-01-01T18:00:00Z',
		ends_at: '2030-01-01T20:00:00Z',
		time_zone: 'Europe/London',
		format: 'in_person',
		access: {},
		venue: { latitude: 51.45, longitude: -2.6, access }
	});

	it('leaves out events that do not fit, and cancelled ones; sure fits first; three at most', () => {
		const events = [
			event('unknown', {}),
			event('no', { stepFreeEntrance: 'no' }),
			event('cancelled', { stepFreeEntrance: 'yes' }, 'cancelled'),
			event('a', { stepFreeEntrance: 'yes' }),
			event('b', { stepFreeEntrance: 'yes' }),
			event('c', { stepFreeEntrance: 'yes' })
		];
		expect(suggestEvents(events, ['stepFreeEntrance'], null).map((p) => p.event.id)).toEqual(['a', 'b', 'c']);
		expect(suggestEvents(events.slice(0, 4), ['stepFreeEntrance'], null).map((p) => p.event.id)).toEqual(['a', 'unknown']);
	});
});
