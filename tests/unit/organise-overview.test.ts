import { describe, expect, it } from 'vitest';
import { groupEvents } from '$lib/organise/overview';
import type { EventSummary } from '$lib/organise/queries';

const event = (id: string, status: EventSummary['status'], endsAt: string): EventSummary => ({
	id,
	community_id: 'c',
	title: id,
	starts_at: endsAt,
	ends_at: endsAt,
	time_zone: 'Europe/London',
	format: 'in_person',
	status
});

describe('groupEvents', () => {
	it('sorts drafts, upcoming, past (newest first) and cancelled', () => {
		const now = new Date('2026-06-01T12:00:00Z');
		const groups = groupEvents(
			[
				event('old', 'published', '2026-04-01T20:00:00Z'),
				event('recent', 'published', '2026-05-01T20:00:00Z'),
				event('draft', 'draft', '2026-07-01T20:00:00Z'),
				event('today', 'published', '2026-06-01T13:00:00Z'),
				event('off', 'cancelled', '2026-07-01T20:00:00Z')
			],
			now
		);
		const ids = (list: EventSummary[]) => list.map((e) => e.id);
		expect(ids(groups.drafts)).toEqual(['draft']);
		expect(ids(groups.upcoming)).toEqual(['today']);
		expect(ids(groups.past)).toEqual(['recent', 'old']);
		expect(ids(groups.cancelled)).toEqual(['off']);
	});
});
