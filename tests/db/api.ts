// Test helpers that talk to the running local stack the way the app does: supabase-js
// against the API, codes read from the local mailbox.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { config } from '../../supabase/local/config.ts';

export const apiUrl = process.env.PUBLIC_SUPABASE_URL ?? `http://127.0.0.1:${config.apiPort}`;
export const anonKey = config.anonKey;
export const serviceRoleKey = config.serviceRoleKey;
/** Direct SQL, as a superuser: only for what no API role may do (checks, clock changes). */
export const databaseUrl = process.env.HEARTH_TEST_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${config.dbPort}/postgres`;

export const demo = {
	newcomer: 'newcomer@example.org',
	member: 'member@example.org',
	organiser: 'organiser@example.org',
	coordinator: 'coordinator@example.org'
} as const;

export const bristol = '11111111-1111-4111-8111-111111111111';
export const manchester = '22222222-2222-4222-8222-222222222222';

export function client(key = anonKey) {
	return createClient(apiUrl, key, { auth: { persistSession: false, autoRefreshToken: false } });
}

export async function latestMail(email: string) {
	const response = await fetch(`${apiUrl}/mailbox?email=${encodeURIComponent(email)}`);
	const messages = (await response.json()) as { code: string; link: string; subject: string }[];
	return messages[0];
}

/** Asks for a code, waiting out the per-address send limit if a test just used it. */
export async function requestCode(supabase: SupabaseClient, email: string) {
	for (let attempt = 0; attempt < 20; attempt++) {
		const { error } = await supabase.auth.signInWithOtp({ email });
		if (!error) return latestMail(email);
		if (error.code !== 'over_email_send_rate_limit') throw error;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`could not get a code for ${email}`);
}

export async function signIn(email: string) {
	const supabase = client();
	const mail = await requestCode(supabase, email);
	const { data, error } = await supabase.auth.verifyOtp({ email, token: mail.code, type: 'email' });
	if (error || !data.user) throw error ?? new Error('no user');
	return Object.assign(supabase, { userId: data.user.id });
}

let counter = 0;
/** A brand-new member of a community, so tests that write don't disturb the seed. */
export async function newMember(community = bristol) {
	const email = `member-${Date.now()}-${counter++}@example.org`;
	const supabase = await signIn(email);
	const { error } = await supabase.from('community_members').insert({ community_id: community, user_id: supabase.userId });
	if (error) throw error;
	return supabase;
}

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) {
	const db = new pg.Client({ connectionString: databaseUrl });
	await db.connect();
	try {
		return (await db.query<T>(text, values)).rows;
	} finally {
		await db.end();
	}
}
