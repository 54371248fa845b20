import { createServerClient } from '@supabase/ssr';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/public';
import type { Database } from '$lib/supabase';

/** Read at run time, so one build serves any Supabase project. */
function settings() {
	const url = env.PUBLIC_SUPABASE_URL;
	const key = env.PUBLIC_SUPABASE_ANON_KEY;
	if (!url || !key) {
		throw new Error(
			'PUBLIC_SUPABASE_URL and PUBLIC_SUPABASE_ANON_KEY are not set. `npm run dev` sets them for the local stack; for a hosted project, set both.'
		);
	}
	return { url, key };
}

/** One Supabase client per request, keeping the session in cookies. */
export function createSupabase(event: RequestEvent) {
	const { url, key } = settings();
	return createServerClient<Database>(url, key, {
		cookies: {
			getAll: () => event.cookies.getAll(),
			setAll: (cookies, headers) => {
				// @supabase/ssr makes them readable by scripts, for supabase-js in the browser; Hearth
				// never runs it there, so no script may read the session.
				const secure = event.url.protocol === 'https:';
				for (const { name, value, options } of cookies) {
					event.cookies.set(name, value, { ...options, path: '/', httpOnly: true, sameSite: 'lax', secure });
				}
				// Cache-Control: private, no-store — a page with a fresh session must not be cached.
				if (Object.keys(headers).length) event.setHeaders(headers);
			}
		}
	});
}

let anonymous: SupabaseClient<Database> | undefined;

/**
 * A client with no session: what anyone at all may see, whoever asks. For answers that are
 * the same for everyone and may be kept by shared caches (open data).
 */
export function anonymousSupabase(): SupabaseClient<Database> {
	const { url, key } = settings();
	return (anonymous ??= createClient<Database>(url, key, { auth: { persistSession: false, autoRefreshToken: false } }));
}
