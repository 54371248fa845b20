import { fail, redirect } from '@sveltejs/kit';
import { deleteMyAccount } from '$lib/profile/queries';
import { requireMember } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireMember({ locals, url });
	return { email: user.email };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const user = requireMember({ locals, url });
		const typed = String((await request.formData()).get('confirm') ?? '');
		if (typed.trim().toLowerCase() !== user.email.toLowerCase()) {
			return fail(400, { confirm: typed, error: 'profile.errors.confirmMismatch' as const });
		}
		await deleteMyAccount(locals.supabase);
		// The account is gone, so Auth may refuse the sign-out: the session cookies go regardless.
		await locals.supabase.auth.signOut({ scope: 'local' });
		for (const { name } of cookies.getAll()) {
			if (/^sb-.+-auth-token(\.\d+)?$/.test(name) || name === 'welcome') cookies.delete(name, { path: '/' });
		}
		redirect(303, '/goodbye');
	}
};
