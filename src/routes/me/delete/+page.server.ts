import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/me/delete');
	return { email: locals.user.email };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		if (!locals.user) redirect(303, '/signin?next=/me/delete');
		const typed = String((await request.formData()).get('confirm') ?? '');
		if (typed.trim().toLowerCase() !== locals.user.email.toLowerCase()) {
			return fail(400, { confirm: typed, error: 'profile.errors.confirmMismatch' as const });
		}
		const { error } = await locals.supabase.rpc('delete_my_account');
		if (error) throw error;
		// The account is gone, so Auth may refuse the sign-out: the session cookies go regardless.
		await locals.supabase.auth.signOut({ scope: 'local' });
		for (const { name } of cookies.getAll()) {
			if (/^sb-.+-auth-token(\.\d+)?$/.test(name) || name === 'welcome') cookies.delete(name, { path: '/' });
		}
		redirect(303, '/goodbye');
	}
};
