import { fail } from '@sveltejs/kit';
import { coordinatorQueue, isCoordinator } from '$lib/directory/queries';
import { setHidden } from '$lib/directory/save';
import { isUuid, typedText } from '$lib/forms/typed';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireMember({ locals, url });
	if (!(await isCoordinator(locals.supabase, user.id))) return { coordinator: false as const };
	return { coordinator: true as const, ...(await coordinatorQueue(locals.supabase, user.id)) };
};

async function change({ request, locals, url }: RequestEvent, hidden: boolean) {
	requireMember({ locals, url });
	const form = await request.formData();
	const helper = String(form.get('helper') ?? '');
	const reason = typedText(form, 'reason').trim().slice(0, 500);
	const cannotChange = { helper, errors: { helper: 'directory.coordinate.cannotChange' as const } };
	if (!isUuid(helper)) return fail(400, cannotChange);
	const refused = await setHidden(locals.supabase, helper, hidden, reason);
	if (refused) return fail(refused, cannotChange);
	return { done: hidden ? ('hidden' as const) : ('shown' as const) };
}

export const actions: Actions = {
	hide: (event) => change(event, true),
	show: (event) => change(event, false)
};
