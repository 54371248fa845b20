import type { Handle } from '@sveltejs/kit';
import { createSupabase } from './supabase';

/** Supabase keeps the session in cookies named sb-<project>-auth-token (maybe chunked .0, .1). */
const hasSessionCookie = (names: string[]) => names.some((name) => /^sb-.+-auth-token(\.\d+)?$/.test(name));

/**
 * Gives each request its Supabase client and the signed-in member, verified by Auth
 * (getClaims checks the token; an HS256 token is checked by asking Auth itself).
 * Never trusts the cookie's session as it stands. Without a session cookie there is
 * nobody to verify, so signed-out visitors (and prerendering) cost no call to Auth.
 */
export const supabaseHandle: Handle = async ({ event, resolve }) => {
	let client: ReturnType<typeof createSupabase> | undefined;
	// Made on first use, so pages that never touch Supabase don't need it configured.
	Object.defineProperty(event.locals, 'supabase', { get: () => (client ??= createSupabase(event)), configurable: true });
	event.locals.user = null;
	if (hasSessionCookie(event.cookies.getAll().map((c) => c.name))) {
		const { data } = await event.locals.supabase.auth.getClaims();
		if (data?.claims?.sub) event.locals.user = { id: data.claims.sub, email: String(data.claims.email ?? '') };
	}
	return resolve(event, {
		filterSerializedResponseHeaders: (name) => name === 'content-range' || name === 'x-supabase-api-version'
	});
};
