// "Download my data": every row about the member, read through their own session (RLS).
// A feature that adds a table about people adds one line here; a unit test compares this
// list with every column in the migrations that points at auth.users.
import type { Supabase } from '$lib/supabase';

export const exportTables = [
	{ table: 'profiles', column: 'id' },
	{ table: 'member_private', column: 'user_id' },
	{ table: 'community_members', column: 'user_id' },
	{ table: 'rsvps', column: 'user_id' },
	{ table: 'access_requests', column: 'user_id' },
	// Reads of the member's requests, and the member's own reads as a host: one list.
	{ table: 'access_request_reads', column: 'member_id' },
	{ table: 'access_request_reads', column: 'reader_id' },
	{ table: 'event_hosts', column: 'user_id' },
	{ table: 'events', column: 'created_by' },
	{ table: 'venues', column: 'created_by' },
	{ table: 'feedback', column: 'user_id' },
	// The grid cell is not readable through the API, so helpers' columns are named.
	{
		table: 'helpers',
		column: 'user_id',
		columns:
			'id, user_id, kind, community_id, display_name, summary, topics, skills, languages, modes, availability, area, address, latitude, longitude, paused, hidden_by_coordinator, hidden_reason, created_at, updated_at, imported_at, awaiting_confirmation'
	},
	{ table: 'reports', column: 'reporter_id' },
	// That they have a calendar feed, not its secret: a downloaded file gets shared.
	{ table: 'calendar_feeds', column: 'user_id', columns: 'user_id, reset_at' },
	// A coordinator's imports waiting for confirmation (read only by them, for a day).
	{ table: 'organisation_imports', column: 'created_by' }
] as const satisfies readonly { table: string; column: string; columns?: string }[];

export interface MyData {
	exported_at: string;
	account: { id: string; email: string | null; created_at: string | null };
	tables: Record<string, unknown[]>;
}

export async function exportMyData(supabase: Supabase, userId: string, now = new Date()): Promise<MyData> {
	const [{ data: auth, error: authError }, ...results] = await Promise.all([
		supabase.auth.getUser(),
		...exportTables.map((t) => supabase.from(t.table).select('columns' in t ? t.columns : '*').filter(t.column, 'eq', userId))
	]);
	if (authError || auth.user?.id !== userId) throw authError ?? new Error('not the signed-in member');
	const tables: Record<string, unknown[]> = {};
	exportTables.forEach(({ table }, i) => {
		const { data, error } = results[i];
		if (error) throw error;
		tables[table] = [...(tables[table] ?? []), ...(data ?? [])];
	});
	return {
		exported_at: now.toISOString(),
		account: { id: auth.user.id, email: auth.user.email ?? null, created_at: auth.user.created_at ?? null },
		tables
	};
}

export const exportFileName = (now: Date) => `hearth-my-data-${now.toISOString().slice(0, 10)}.json`;
