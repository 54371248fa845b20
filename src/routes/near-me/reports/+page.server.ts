import { fail, redirect } from '@sveltejs/kit';
import { coordinatorQueue, isCoordinator } from '$lib/directory/queries';
import { setHidden } from '$lib/directory/save';
import { isUuid, typedText } from '$lib/forms/typed';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/near-me/reports');
	if (!(await isCoordinator(locals.supabase, locals.user.id))) return { coordinator: false as const };
	return { coordinator: true as const, ...(await coordinatorQueue(locals.supabase, locals.user.id)) };
};

async function change(request: Request, locals: App.Locals, hidden: boolean) {
	if (!locals.user) redirect(303, '/signin?next=/near-me/reports');
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
	hide: ({ request, locals }) => change(request, locals, true),
	show: ({ request, locals }) => change(request, locals, false)
};
