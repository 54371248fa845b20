import { error, type RequestEvent } from '@sveltejs/kit';
import { getEvent } from '$lib/events/queries';
import { isHosting } from '$lib/organise/co-hosts';
import { eventPeople } from '$lib/rsvp/queries';
import { organises } from '$lib/rsvp/organiser';
import { requireMember } from '$lib/server/guard';

/**
 * The event and who is coming, for its organisers only; shared by the page and the CSV.
 * Access requests are not in it: its hosts read them apart, each read logged.
 */
export async function loadPeople({ params, locals, url }: Pick<RequestEvent, 'locals' | 'url'> & { params: { id: string } }) {
	const user = requireMember({ locals, url });
	const event = await getEvent(locals.supabase, params.id);
	if (!event) error(404, locals.t('error.notFoundHeading'));
	if (!(await organises(locals.supabase, user.id, event.community_id))) error(403, locals.t('people.notOrganiser'));
	const [people, hosting] = await Promise.all([eventPeople(locals.supabase, event.id), isHosting(locals.supabase, event.id, user.id)]);
	return { event, people, hosting };
}
