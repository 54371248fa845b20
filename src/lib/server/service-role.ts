// The service-role client, for what no visitor's role may touch (the shared sign-in limits).
// Server-only: the key bypasses row-level security, so it never reaches locals or a page.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import type { Database } from '$lib/supabase';

let client: SupabaseClient<Database> | undefined;

export function serviceRole(): SupabaseClient<Database> {
	const url = publicEnv.PUBLIC_SUPABASE_URL;
	const key = env.SUPABASE_SERVICE_ROLE_KEY;
	if (!url || !key) {
		throw new Error(
			'SUPABASE_SERVICE_ROLE_KEY is not set. `npm run dev` sets it for the local stack; for a hosted project, set it to the service_role key (Project settings → API) on the server only.'
		);
	}
	return (client ??= createClient<Database>(url, key, { auth: { persistSession: false, autoRefreshToken: false } }));
}
