// The one guard for pages and actions that need a signed-in member. Form actions run no
// layout load, so each action that needs a member calls it as its page's load does.
import { redirect, type RequestEvent } from '@sveltejs/kit';

/** Where to sign in and come back to `url`: its path and query, less a form action's `?/name`. */
export function signInPath(url: URL) {
	const query = new URLSearchParams([...url.searchParams].filter(([name]) => !name.startsWith('/')));
	const back = url.pathname + (query.size ? `?${query}` : '');
	return `/signin?next=${encodeURIComponent(back)}`;
}

/** The signed-in member, or a redirect to sign in and then back (to `back` when given). */
export function requireMember({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>, back?: string) {
	if (!locals.user) redirect(303, back ? `/signin?next=${encodeURIComponent(back)}` : signInPath(url));
	return locals.user;
}
