import { countPeople } from '$lib/rsvp/people';
import { loadPeople } from './load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { event: row, people } = await loadPeople(event);
	return {
		event: { id: row.id, title: row.title, capacity: row.capacity, starts_at: row.starts_at, ends_at: row.ends_at, time_zone: row.time_zone },
		people,
		counts: countPeople(people)
	};
};
