import { countPeople } from '$lib/rsvp/people';
import { loadPeople } from './load';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { event: row, people } = await loadPeople(event);
	return {
		event: { id: row.id, title: row.title, capacity: row.capacity, starts_at: row.starts_at, ends_at: row.ends_at, time_zone: row.time_zone },
		started: Date.parse(row.starts_at) <= Date.now(),
		people,
		counts: countPeople(people)
	};
};

export const actions: Actions = {
	/** Organisers say who came; the database checks they organise this event. */
	attendance: async ({ request, params, locals }) => {
		const form = await request.formData();
		const member = form.get('member');
		const attended = form.get('attended');
		if (typeof member !== 'string' || (attended !== 'yes' && attended !== 'no')) return fail(400, { attendanceError: true });
		const { error } = await locals.supabase.rpc('mark_attendance', { event: params.id, member, attended: attended === 'yes' });
		if (error) return fail(403, { attendanceError: true });
		return { marked: member };
	}
};
