// Access requests per role, through the API: the member reads theirs; the event's hosts
// (creator and co-hosts) read them only through read_access_requests(), which logs each
// read for the member; nobody else reads them at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, client, newMember, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof newMember>>;
const anon = client();
let member: Client, another: Client, host: Client, coHost: Client, organiser: Client, coordinator: Client;
let event: string;
const request = 'A seat near the door, and a break every hour';

async function withRole(role: 'organiser' | 'coordinator', name: string) {
	const who = await newMember(bristol);
	await sql('update public.community_members set role = $1 where community_id = $2 and user_id = $3', [role, bristol, who.userId]);
	await sql('update public.profiles set display_name = $1 where id = $2', [name, who.userId]);
	return who;
}

async function newEvent(by: Client, coHosts: string[] | null = null) {
	const start = new Date(Date.now() + 8 * 86_400_000);
	const fields = {
		community_id: bristol, venue_id: 'b0000000-0000-4000-8000-000000000001', title: 'Hosts and requests', summary: '', description: '', who_for: '',
		starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 7_200_000).toISOString(), time_zone: 'Europe/London', format: 'in_person',
		languages: ['en'], access: {}, cost_pence: 0, cost_note: '', capacity: 20
	};
	const { data, error } = await by.rpc('save_event', { target: null, fields, join_url: null, co_hosts: coHosts });
	if (error || !data) throw error ?? new Error('not saved');
	await sql(`update public.events set status = 'published' where id = $1`, [data]);
	return data;
}

const read = (who: ReturnType<typeof client>, id = event) => who.rpc('read_access_requests', { event: id });
const reads = (id = event) => sql<{ reader_id: string }>('select reader_id from public.access_request_reads where event_id = $1 order by id', [id]);

beforeAll(async () => {
	[member, another, host, coHost, organiser, coordinator] = await Promise.all([
		newMember(bristol),
		newMember(bristol),
		withRole('organiser', 'Hana Host'),
		withRole('organiser', 'Cai Co-host'),
		withRole('organiser', 'Olu Organiser'),
		withRole('coordinator', 'Cora Coordinator')
	]);
	event = await newEvent(host, [coHost.userId]);
	expect((await member.rpc('rsvp', { event, status: 'going', access_requests: request })).error).toBeNull();
	expect((await another.rpc('rsvp', { event, status: 'maybe' })).error).toBeNull();
});

describe('reading access requests, per role', () => {
	it('the member reads their own request from the table', async () => {
		const { data } = await member.from('access_requests').select('event_id, request').eq('event_id', event);
		expect(data).toEqual([{ event_id: event, request }]);
	});

	it('nobody else reads the table: anonymous, another member, host, co-host, organiser, coordinator', async () => {
		expect((await anon.from('access_requests').select('*').eq('event_id', event)).data ?? []).toEqual([]);
		for (const who of [another, host, coHost, organiser, coordinator]) {
			expect((await who.from('access_requests').select('*').eq('event_id', event)).data).toEqual([]);
		}
	});

	it('organisers still see who is coming, with no request in it', async () => {
		const { data, error } = await organiser.from('rsvps').select('*').eq('event_id', event).order('status');
		expect(error).toBeNull();
		expect(data!.map((r) => r.user_id).sort()).toEqual([member.userId, another.userId].sort());
		expect(JSON.stringify(data)).not.toContain(request);
	});

	it('anonymous, members, and organisers or coordinators not hosting are refused the logged read', async () => {
		expect((await read(anon)).error?.code).toBe('42501');
		for (const who of [member, another, organiser, coordinator]) {
			const { data, error } = await read(who);
			expect(error?.code).toBe('42501');
			expect(data).toBeNull();
		}
		expect(await reads()).toEqual([]);
	});

	it('the host and the co-host read it, and each read is logged', async () => {
		for (const who of [host, coHost]) {
			const { data, error } = await read(who);
			expect(error).toBeNull();
			expect(data).toEqual([{ member_id: member.userId, request }]);
		}
		expect((await reads()).map((r) => r.reader_id)).toEqual([host.userId, coHost.userId]);
	});

	it('the member sees who read it and when; nobody else sees their log', async () => {
		const { data } = await member.from('access_request_reads').select('reader_name, read_at').eq('event_id', event).order('id');
		expect(data!.map((r) => r.reader_name)).toEqual(['Hana Host', 'Cai Co-host']);
		expect(data!.every((r) => Date.now() - Date.parse(r.read_at) < 600_000)).toBe(true);
		expect((await anon.from('access_request_reads').select('*').eq('event_id', event)).data ?? []).toEqual([]);
		for (const who of [another, organiser, coordinator]) expect((await who.from('access_request_reads').select('*').eq('event_id', event)).data).toEqual([]);
		// A reader sees their own reads only.
		expect((await host.from('access_request_reads').select('reader_id').eq('event_id', event)).data).toEqual([{ reader_id: host.userId }]);
	});

	it('nobody writes the log or the requests directly', async () => {
		for (const who of [member, host]) {
			expect((await who.from('access_request_reads').insert({ event_id: event, member_id: member.userId, reader_name: 'x' })).error).not.toBeNull();
			expect((await who.from('access_requests').insert({ event_id: event, user_id: member.userId, request: 'forged' })).error).not.toBeNull();
			await who.from('access_request_reads').delete().eq('event_id', event);
			await who.from('access_requests').update({ request: 'changed' }).eq('event_id', event);
		}
		expect((await reads()).length).toBe(2);
		expect(await sql('select request from public.access_requests where event_id = $1', [event])).toEqual([{ request }]);
	});

	it('a cancelled RSVP takes its request out of what hosts read; a blank request deletes it', async () => {
		const later = await newEvent(host);
		const [a, b] = await Promise.all([newMember(bristol), newMember(bristol)]);
		await a.rpc('rsvp', { event: later, status: 'going', access_requests: 'Step-free route' });
		await b.rpc('rsvp', { event: later, status: 'going', access_requests: 'BSL interpreter' });
		await a.rpc('rsvp', { event: later, status: 'cancelled' });
		expect((await read(host, later)).data).toEqual([{ member_id: b.userId, request: 'BSL interpreter' }]);
		expect((await reads(later)).length).toBe(1);
		await b.rpc('rsvp', { event: later, status: 'going', access_requests: '' });
		expect((await b.from('access_requests').select('*').eq('event_id', later)).data).toEqual([]);
	});
});

describe('co-hosts', () => {
	it("the community sees an event's co-hosts; anonymous visitors don't", async () => {
		expect((await anon.from('event_hosts').select('user_id').eq('event_id', event)).data ?? []).toEqual([]);
		for (const who of [member, organiser]) expect((await who.from('event_hosts').select('user_id').eq('event_id', event)).data).toEqual([{ user_id: coHost.userId }]);
	});

	it('only hosts name co-hosts, and only among the community organisers', async () => {
		const own = await newEvent(host);
		const cannot = await organiser.from('event_hosts').insert({ event_id: own, user_id: organiser.userId });
		expect(cannot.error?.code).toBe('42501');
		const fields = (await sql<{ f: Record<string, unknown> }>('select to_jsonb(e) f from public.events e where id = $1', [own]))[0].f;
		const refused = await organiser.rpc('save_event', { target: own, fields, join_url: null, co_hosts: [organiser.userId] });
		expect(refused.error).toMatchObject({ code: '42501', hint: 'co_hosts' });
		const notOrganiser = await host.rpc('save_event', { target: own, fields, join_url: null, co_hosts: [member.userId] });
		expect(notOrganiser.error).toMatchObject({ code: '22023', hint: 'co_hosts' });
		expect(await sql('select user_id from public.event_hosts where event_id = $1', [own])).toEqual([]);

		expect((await host.rpc('save_event', { target: own, fields, join_url: null, co_hosts: [coordinator.userId] })).error).toBeNull();
		// A co-host may change them too; leaving them out (null) keeps them.
		expect((await coordinator.rpc('save_event', { target: own, fields, join_url: null })).error).toBeNull();
		expect(await sql('select user_id from public.event_hosts where event_id = $1', [own])).toEqual([{ user_id: coordinator.userId }]);
		expect((await host.rpc('save_event', { target: own, fields, join_url: null, co_hosts: [] })).error).toBeNull();
		expect(await sql('select user_id from public.event_hosts where event_id = $1', [own])).toEqual([]);
	});

	it('an event made by someone is theirs: its creator never changes through the API', async () => {
		const { data, error } = await organiser.from('events').update({ created_by: organiser.userId }).eq('id', event).select('id');
		expect(error?.code).toBe('42501');
		expect(data).toBeNull();
		expect(await sql('select created_by from public.events where id = $1', [event])).toEqual([{ created_by: host.userId }]);
	});

	it('a co-host who no longer organises in the community reads nothing', async () => {
		const later = await newEvent(host, [coHost.userId]);
		await sql('update public.community_members set role = $1 where community_id = $2 and user_id = $3', ['member', bristol, coHost.userId]);
		try {
			expect((await read(coHost, later)).error?.code).toBe('42501');
		} finally {
			await sql('update public.community_members set role = $1 where community_id = $2 and user_id = $3', ['organiser', bristol, coHost.userId]);
		}
	});
});
