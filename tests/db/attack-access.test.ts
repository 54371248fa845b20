// Attack: access requests are health data. An organiser or coordinator of the community
// who is not hosting the event tries every way the public API offers to read another
// member's request for it; a host tries to read one without leaving a trace in the log.
// Done as the attacker would: supabase-js with their own session, nothing else.
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, newMember, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof newMember>>;
let host: Client, member: Client, organiser: Client, coordinator: Client;
let event: string;
const secret = `I use a wheelchair and need a step-free seat (${Math.random().toString(36).slice(2, 9)})`;

async function withRole(role: 'organiser' | 'coordinator') {
	const who = await newMember(bristol);
	await sql('update public.community_members set role = $1 where community_id = $2 and user_id = $3', [role, bristol, who.userId]);
	return who;
}

/** Everything a set of API answers gave back, as one text to search for the request. */
const seen = (...answers: { data: unknown; error: unknown }[]) => JSON.stringify(answers.map((a) => a.data));

beforeAll(async () => {
	[host, member, organiser, coordinator] = await Promise.all([withRole('organiser'), newMember(bristol), withRole('organiser'), withRole('coordinator')]);
	const start = new Date(Date.now() + 6 * 86_400_000);
	const created = await host
		.from('events')
		.insert({
			community_id: bristol,
			venue_id: 'b0000000-0000-4000-8000-000000000001',
			title: 'Attack: access requests',
			starts_at: start.toISOString(),
			ends_at: new Date(start.getTime() + 7_200_000).toISOString(),
			status: 'published'
		})
		.select('id')
		.single();
	if (created.error) throw created.error;
	event = created.data.id;
	const answered = await member.rpc('rsvp', { event, status: 'going', access_requests: secret });
	expect(answered.error).toBeNull();
});

describe.each([
	['an organiser', () => organiser],
	['a coordinator', () => coordinator]
])('%s of the community who is not hosting the event', (_, attacker) => {
	it('reads no access request from the rsvps table, by column, by * or embedded in the event', async () => {
		const who = attacker();
		const answers = seen(
			await who.from('rsvps').select('user_id, access_requests').eq('event_id', event),
			await who.from('rsvps').select('*').eq('event_id', event),
			await who.from('events').select('id, rsvps(*)').eq('id', event),
			await who.from('access_requests').select('*').eq('event_id', event)
		);
		expect(answers).not.toContain(secret);
	});

	it('reads none through the functions the API exposes', async () => {
		const who = attacker();
		const answers = seen(
			await who.rpc('read_access_requests', { event }),
			await who.rpc('feedback_insights', { community: bristol, event, since: null, until: null })
		);
		expect(answers).not.toContain(secret);
	});

	it('cannot make themselves a host to read them', async () => {
		const who = attacker();
		const claimed = await who.from('events').update({ created_by: who.userId }).eq('id', event).select('id');
		const added = await who.from('event_hosts').insert({ event_id: event, user_id: who.userId });
		const answers = seen(
			await who.from('rsvps').select('access_requests').eq('event_id', event),
			await who.rpc('read_access_requests', { event })
		);
		expect(answers).not.toContain(secret);
		expect(claimed.data ?? []).toEqual([]);
		expect(added.error).not.toBeNull();
	});
});

describe("the event's host", () => {
	it('cannot read a request without the member seeing it in the log', async () => {
		const answers = seen(
			await host.from('rsvps').select('access_requests').eq('event_id', event),
			await host.from('rsvps').select('*').eq('event_id', event),
			await host.from('access_requests').select('*').eq('event_id', event)
		);
		expect(answers).not.toContain(secret);
	});
});
