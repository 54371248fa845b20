// What the welcome flow and the Me page write, who may read it, and deleting an account.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMyData, exportTables } from '../../src/lib/profile/export.ts';
import { bristol, client, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const anon = client();
let member: Client, another: Client;

beforeAll(async () => {
	[member, another] = await Promise.all([newMember(bristol), newMember(bristol)]);
});

describe('the welcome flow writes', () => {
	it('member_private: the member reads and writes their own; nobody else, anonymous not at all', async () => {
		const onboarding = { done: ['access'], skipped: [], answers: { needs: ['captions'] } };
		const mine = await member
			.from('member_private')
			.update({ onboarding, access_needs: ['captions'], charter_version: 1, charter_agreed_at: new Date().toISOString(), notifications: { eventReminders: true } })
			.eq('user_id', member.userId)
			.select('onboarding, access_needs');
		expect(mine.error).toBeNull();
		expect(mine.data).toEqual([{ onboarding, access_needs: ['captions'] }]);

		expect((await another.from('member_private').select('*').eq('user_id', member.userId)).data).toEqual([]);
		const theirs = await another.from('member_private').update({ access_needs: [] }).eq('user_id', member.userId).select();
		expect(theirs.data).toEqual([]);
		const [row] = await sql<{ access_needs: string[] }>('select access_needs from public.member_private where user_id = $1', [member.userId]);
		expect(row.access_needs).toEqual(['captions']);

		expect((await anon.from('member_private').select('*')).error?.code).toBe('42501');
		expect((await anon.from('member_private').update({ access_needs: [] }).eq('user_id', member.userId)).error?.code).toBe('42501');
	});

	it('profiles: the member edits their own, other members read it but cannot change it, anonymous sees none', async () => {
		const { error } = await member.from('profiles').update({ topics: ['web'], area: 'BS5', display_name: 'Ada' }).eq('id', member.userId);
		expect(error).toBeNull();
		const seen = await another.from('profiles').select('display_name, topics, area').eq('id', member.userId);
		expect(seen.data).toEqual([{ display_name: 'Ada', topics: ['web'], area: 'BS5' }]);
		expect((await another.from('profiles').update({ display_name: 'Not Ada' }).eq('id', member.userId).select()).data).toEqual([]);
		const [row] = await sql<{ display_name: string }>('select display_name from public.profiles where id = $1', [member.userId]);
		expect(row.display_name).toBe('Ada');
		const anonymous = await anon.from('profiles').select('id').eq('id', member.userId);
		expect(anonymous.data ?? []).toEqual([]);
	});

	it('community_members: one joins as a member only, only themselves; anonymous cannot join', async () => {
		const joiner = await signIn(`joiner-${Date.now()}@example.org`);
		expect((await joiner.from('community_members').insert({ community_id: bristol, user_id: joiner.userId, role: 'organiser' })).error?.code).toBe(
			'42501'
		);
		expect((await joiner.from('community_members').insert({ community_id: bristol, user_id: another.userId, role: 'member' })).error?.code).toBe(
			'42501'
		);
		expect((await joiner.from('community_members').insert({ community_id: bristol, user_id: joiner.userId, role: 'member' })).error).toBeNull();
		// Joining again (as the welcome flow may) changes nothing and is no error.
		const again = await joiner
			.from('community_members')
			.upsert({ community_id: bristol, user_id: joiner.userId, role: 'member' }, { ignoreDuplicates: true });
		expect(again.error).toBeNull();
		expect((await anon.from('community_members').insert({ community_id: bristol, user_id: joiner.userId })).error?.code).toBe('42501');
	});
});

describe('delete_my_account', () => {
	it('cannot be called anonymously', async () => {
		const { error } = await anon.rpc('delete_my_account');
		expect(error).not.toBeNull();
		const [{ allowed }] = await sql<{ allowed: boolean }>(
			`select has_function_privilege('anon', 'public.delete_my_account()', 'execute') as allowed`
		);
		expect(allowed).toBe(false);
	});

	it('deletes exactly the caller and leaves nothing personal behind; their place goes to the waitlist', async () => {
		const email = `leaver-${Date.now()}@example.org`;
		const leaver = await signIn(email);
		const bystander = await newMember(bristol);
		await leaver.from('community_members').insert({ community_id: bristol, user_id: leaver.userId });
		await leaver.from('profiles').update({ display_name: 'Leaver', bio: 'About me', topics: ['web'], area: 'Bristol' }).eq('id', leaver.userId);
		await leaver
			.from('member_private')
			.update({ access_needs: ['captions'], onboarding: { done: ['community'] }, contact_phone: '07700 900000' })
			.eq('user_id', leaver.userId);
		// They coordinated once: a venue and an event that stay for the community, and a file of organisations they began to import.
		await sql(`update public.community_members set role = 'coordinator' where community_id = $1 and user_id = $2`, [bristol, leaver.userId]);
		const [venue] = await sql<{ id: string }>(
			`insert into public.venues (community_id, name, address, postcode, town, created_by)
			 values ($1, 'Leaver Hall', '1 Road', 'BS1 1AA', 'Bristol', $2) returning id`,
			[bristol, leaver.userId]
		);
		const [event] = await sql<{ id: string }>(
			`insert into public.events (community_id, venue_id, title, summary, starts_at, ends_at, capacity, status, created_by)
			 values ($1, $2, 'One place only', 'x', now() + interval '3 days', now() + interval '3 days 2 hours', 1, 'published', $3)
			 returning id`,
			[bristol, venue.id, leaver.userId]
		);
		expect((await leaver.rpc('rsvp', { event: event.id, status: 'going', access_requests: 'A chair near the door' })).data.status).toBe('going');
		expect((await bystander.rpc('rsvp', { event: event.id, status: 'going', access_requests: 'A quiet seat' })).data.status).toBe('waitlist');
		// They host that event and read its requests (logged); a host read theirs elsewhere; they co-host another.
		// Their own request is among those they read; only the bystander's read is logged.
		expect((await leaver.rpc('read_access_requests', { event: event.id })).data).toHaveLength(2);
		await sql(`insert into public.access_request_reads (event_id, member_id, reader_id, reader_name) values ($1, $2, $3, 'Bystander')`, [event.id, leaver.userId, bystander.userId]);
		// Feedback they gave on last week's event, with their name on it.
		const [past] = await sql<{ id: string }>(
			`insert into public.events (community_id, venue_id, title, starts_at, ends_at, status)
			 values ($1, $2, 'Last week', now() - interval '3 days', now() - interval '3 days' + interval '2 hours', 'published') returning id`,
			[bristol, venue.id]
		);
		await sql(`insert into public.rsvps (event_id, user_id, status, places) values ($1, $2, 'going', 1)`, [past.id, leaver.userId]);
		await sql('insert into public.event_hosts (event_id, user_id) values ($1, $2)', [past.id, leaver.userId]);
		const given = await leaver.rpc('give_feedback', { event: past.id, attended: true, rating: 4, barriers: ['loud'], comment: 'Signed: Leaver', anonymous: false });
		expect(given.error).toBeNull();
		// A listing in the directory, with their email as its contact, and a report they made.
		await leaver.from('helpers').insert({ display_name: 'Leaver', summary: 'I help with websites.', modes: ['online'] });
		const { data: listing } = await leaver.from('helpers').select('id').eq('user_id', leaver.userId).single();
		expect((await leaver.from('helper_contacts').insert({ helper_id: listing!.id, channel: 'email', value: email })).error).toBeNull();
		const [seeded] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Rhian Morgan'`);
		expect((await leaver.from('reports').insert({ helper_id: seeded.id, reason: 'wrong' })).error).toBeNull();

		// A calendar feed of their own.
		expect((await leaver.rpc('my_calendar_feed')).error).toBeNull();
		const staged = await leaver.from('organisation_imports').insert({ community_id: bristol, format: 'csv', file_name: 'leaver.csv', rows: [{ line: 2, name: 'Leaver Group' }] });
		expect(staged.error).toBeNull();

		// Their export, through their own session, has a row from every table.
		const data = await exportMyData(leaver, leaver.userId);
		expect(data.account.email).toBe(email);
		for (const { table } of exportTables) {
			// Two events' worth of RSVPs: the one to come and last week's; a read of their request and one of theirs.
			expect({ table, rows: data.tables[table].length }).toEqual({ table, rows: table === 'rsvps' || table === 'access_request_reads' ? 2 : 1 });
		}

		const { error } = await leaver.rpc('delete_my_account');
		expect(error).toBeNull();

		// No row anywhere, in any column, in the exposed or auth schemas, mentions them.
		const tables = await sql<{ schema: string; name: string }>(
			`select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname in ('public', 'auth', 'private') and c.relkind in ('r', 'p')`
		);
		expect(tables.length).toBeGreaterThan(5);
		const leftovers: string[] = [];
		for (const { schema, name } of tables) {
			const [{ count }] = await sql<{ count: string }>(
				`select count(*) from "${schema}"."${name}" t where t::text ilike $1 or t::text ilike $2`,
				[`%${leaver.userId}%`, `%${email}%`]
			);
			if (Number(count) > 0) leftovers.push(`${schema}.${name}`);
		}
		expect(leftovers).toEqual([]);

		// What the community needs stays, without them; the bystander is untouched and gets the place.
		const [kept] = await sql<{ created_by: string | null; taken: number }>(
			`select e.created_by, p.taken from public.events e join public.event_places p on p.event_id = e.id where e.id = $1`,
			[event.id]
		);
		expect(kept).toEqual({ created_by: null, taken: 1 });
		const [hall] = await sql<{ created_by: string | null }>('select created_by from public.venues where id = $1', [venue.id]);
		expect(hall.created_by).toBeNull();
		// Their answers still count, as nobody's, and their signed words are gone.
		const keptFeedback = await sql('select user_id, rating, barriers, comment, anonymous from public.feedback where event_id = $1', [past.id]);
		expect(keptFeedback).toEqual([{ user_id: null, rating: 4, barriers: ['loud'], comment: '', anonymous: true }]);
		const [theirs] = await sql<{ status: string }>('select status from public.rsvps where event_id = $1 and user_id = $2', [
			event.id,
			bystander.userId
		]);
		expect(theirs.status).toBe('going');
		// The bystander still sees that their request was read, by someone who has since left.
		expect(await sql('select reader_id, reader_name from public.access_request_reads where member_id = $1', [bystander.userId])).toEqual([{ reader_id: null, reader_name: '' }]);
		const [{ count }] = await sql<{ count: string }>('select count(*) from auth.users where id = $1', [bystander.userId]);
		expect(Number(count)).toBe(1);

		// The same address can sign up again, as a brand-new, empty account.
		const again = await signIn(email);
		expect(again.userId).not.toBe(leaver.userId);
		const fresh = await again.from('profiles').select('display_name, bio, topics').eq('id', again.userId).single();
		expect(fresh.data).toEqual({ display_name: '', bio: '', topics: [] });
		const memberships = await again.from('community_members').select('community_id').eq('user_id', again.userId);
		expect(memberships.data).toEqual([]);
	});
});
