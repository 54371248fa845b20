import { fail } from '@sveltejs/kit';
import { isUuid } from '$lib/forms/typed';
import { readAccessRequests } from '$lib/rsvp/access-requests';
import { markAttendance } from '$lib/rsvp/organiser';
import { countPeople } from '$lib/rsvp/people';
import { requireMember } from '$lib/server/guard';
import { loadPeople } from './load';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { event: row, people, hosting } = await loadPeople(event);
	return {
		event: { id: row.id, title: row.title, capacity: row.capacity, starts_at: row.starts_at, ends_at: row.ends_at, time_zone: row.time_zone },
		started: Date.parse(row.starts_at) <= Date.now(),
		people,
		counts: countPeople(people),
		hosting
	};
};

export const actions: Actions = {
	/** Organisers say who came; the database checks they organise this event. */
	attendance: async ({ request, params, locals }) => {
		const form = await request.formData();
		const member = form.get('member');
		const attended = form.get('attended');
		const refused = (status: number) => fail(status, { member: String(member ?? ''), errors: { attended: 'people.attendanceFailed' as const } });
		if (!isUuid(member) || (attended !== 'yes' && attended !== 'no')) return refused(400);
		const error = await markAttendance(locals.supabase, params.id, member, attended === 'yes');
		if (error) return refused(error.code === 'PT404' ? 404 : 403);
		return { marked: member };
	},

	/** A host asks to read the access requests: a POST, as each read is logged for its member. */
	readRequests: async (event) => {
		requireMember(event);
		const read = await readAccessRequests(event.locals.supabase, event.params.id);
		if (read.refused) return fail(403, { requestsRefused: read.refused });
		return { requests: Object.fromEntries(read.requests) };
	}
};
