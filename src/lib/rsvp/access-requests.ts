// Access requests are health data. The member reads their own and sees every read of it; an
// event's hosts (its creator and co-hosts) read them only through read_access_requests(),
// which logs each request it returns for its member. Nobody else reads them.
import type { Supabase } from '$lib/supabase';

export interface RequestRead {
	/** The reader's name when they read it; empty when they had none. */
	reader: string;
	/** The reader has since deleted their account (and their name with it). */
	left: boolean;
	readAt: string;
}

/** Every time a host read the member's request for this event, latest first. */
export async function readsOfMyRequest(supabase: Supabase, eventId: string, userId: string): Promise<RequestRead[]> {
	const { data, error } = await supabase
		.from('access_request_reads')
		.select('reader_id, reader_name, read_at')
		.eq('event_id', eventId)
		.eq('member_id', userId)
		.order('read_at', { ascending: false });
	if (error) throw error;
	return data.map((r) => ({ reader: r.reader_name, left: r.reader_id === null, readAt: r.read_at }));
}

export type AccessReadRefusal = 'hosts.errors.notHost' | 'hosts.errors.unavailable';

/** The database's refusal, as a message for the organiser. */
export function explainAccessReadError(error: { code?: string; hint?: string | null }): AccessReadRefusal {
	return error.code === '42501' ? 'hosts.errors.notHost' : 'hosts.errors.unavailable';
}

/** For the event's hosts: each member's request, by member id. Every one returned is logged for its member. */
export async function readAccessRequests(
	supabase: Supabase,
	eventId: string
): Promise<{ requests: Map<string, string>; refused?: never } | { refused: AccessReadRefusal; requests?: never }> {
	const { data, error } = await supabase.rpc('read_access_requests', { event: eventId });
	if (error) return { refused: explainAccessReadError(error) };
	return { requests: new Map(data.map((r) => [r.member_id, r.request])) };
}
