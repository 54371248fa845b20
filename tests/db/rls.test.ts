// Who can read and write which rows, per role, through the API (PostgREST + RLS).
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, client, demo, manchester, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const anon = client();
let member: Client, another: Client, organiser: Client, coordinator: Client, newcomer: Client;

beforeAll(async () => {
	[member, organiser, coordinator, newcomer] = await Promise.all([
		signIn(demo.member),
		signIn(demo.organiser),
		signIn(demo.coordinator),
		signIn(demo.newcomer)
	]);
	another = await newMember(bristol);
});

describe('every exposed table', () => {
	it('has row-level security on, and every view runs as the caller', async () => {
		const withoutRls = await sql(
			`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity`
		);
		expect(withoutRls).toEqual([]);
		const definerViews = await sql(
			`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind = 'v'
			   and not coalesce(c.reloptions @> array['security_invoker=true'], false)`
		);
		expect(definerViews).toEqual([]);
	});

	it('fixes search_path on every security definer function, exposed or not', async () => {
		const loose = await sql(
			`select n.nspname || '.' || p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname in ('public', 'private') and p.prosecdef
			   and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`
		);
		expect(loose).toEqual([]);
	});

	it('lets anonymous callers run no function that can write', async () => {
		const writers = await sql(
			`select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'public' and p.provolatile = 'v' and p.prokind = 'f'
			   and has_function_privilege('anon', p.oid, 'execute')`
		);
		expect(writers).toEqual([]);
	});

	it('exposes no security definer function that anonymous callers can run', async () => {
		const exposed = await sql(
			`select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'public' and p.prosecdef and has_function_privilege('anon', p.oid, 'execute')`
		);
		expect(exposed).toEqual([]);
	});
});

describe('communities', () => {
	it('anyone can read them', async () => {
		const { data } = await anon.from('communities').select('id');
		expect(data?.map((c) => c.id).sort()).toEqual([bristol, manchester].sort());
	});

	it('only a coordinator of that community can change it', async () => {
		for (const who of [anon, member, organiser]) {
			const { data } = await who.from('communities').update({ summary: 'changed' }).eq('id', bristol).select();
			expect(data ?? []).toEqual([]);
		}
		const { data: other } = await coordinator.from('communities').update({ area: 'Greater Manchester' }).eq('id', manchester).select();
		expect(other).toHaveLength(1);
		const { data } = await coordinator.from('communities').update({ area: 'Bristol' }).eq('id', bristol).select('area');
		expect(data).toEqual([{ area: 'Bristol' }]);
	});

	it('nobody creates or deletes one through the API', async () => {
		const { error } = await coordinator.from('communities').insert({ slug: 'new-one', name: 'New one' });
		expect(error?.code).toBe('42501');
		const { data } = await coordinator.from('communities').delete().eq('id', bristol).select();
		expect(data ?? []).toEqual([]);
		expect(await sql('select 1 from public.communities where id = $1', [bristol])).toHaveLength(1);
	});
});

describe('community_members', () => {
	it('anonymous visitors see no one', async () => {
		const { data } = await anon.from('community_members').select('user_id');
		expect(data ?? []).toEqual([]);
	});

	it('members see their own communities only', async () => {
		const { data } = await member.from('community_members').select('community_id, user_id');
		expect(data!.length).toBeGreaterThanOrEqual(4);
		expect(data!.every((row) => row.community_id === bristol)).toBe(true);
		const { data: mine } = await newcomer.from('community_members').select('user_id');
		expect(mine).toEqual([]);
	});

	it('a member joins as a member, never as an organiser, and never for someone else', async () => {
		const joiner = await signIn(`joiner-${Date.now()}@example.org`);
		const promoted = await joiner.from('community_members').insert({ community_id: bristol, user_id: joiner.userId, role: 'organiser' });
		expect(promoted.error?.code).toBe('42501');
		const forOther = await joiner.from('community_members').insert({ community_id: bristol, user_id: newcomer.userId });
		expect(forOther.error?.code).toBe('42501');
		const joined = await joiner.from('community_members').insert({ community_id: bristol, user_id: joiner.userId });
		expect(joined.error).toBeNull();
	});

	it('members cannot promote themselves; coordinators can change roles', async () => {
		const self = await another.from('community_members').update({ role: 'coordinator' }).eq('user_id', another.userId).select();
		expect(self.data ?? []).toEqual([]);
		const byOrganiser = await organiser.from('community_members').update({ role: 'organiser' }).eq('user_id', another.userId).select();
		expect(byOrganiser.data ?? []).toEqual([]);
		const byCoordinator = await coordinator
			.from('community_members')
			.update({ role: 'organiser' })
			.eq('community_id', bristol)
			.eq('user_id', another.userId)
			.select('role');
		expect(byCoordinator.data).toEqual([{ role: 'organiser' }]);
	});

	it('another member cannot remove someone; a member can leave', async () => {
		const leaver = await newMember(bristol);
		const byOther = await member.from('community_members').delete().eq('user_id', leaver.userId).select();
		expect(byOther.data ?? []).toEqual([]);
		const left = await leaver.from('community_members').delete().eq('user_id', leaver.userId).select();
		expect(left.data).toHaveLength(1);
	});
});

describe('profiles', () => {
	it('are read by signed-in members only', async () => {
		const { data: none } = await anon.from('profiles').select('id');
		expect(none ?? []).toEqual([]);
		const { data } = await member.from('profiles').select('id').eq('id', organiser.userId);
		expect(data).toHaveLength(1);
	});

	it('members change only their own', async () => {
		const own = await member.from('profiles').update({ pronouns: 'they/them' }).eq('id', member.userId).select('pronouns');
		expect(own.data).toEqual([{ pronouns: 'they/them' }]);
		const other = await another.from('profiles').update({ bio: 'hacked' }).eq('id', member.userId).select();
		expect(other.data ?? []).toEqual([]);
		const removed = await member.from('profiles').delete().eq('id', member.userId).select();
		expect(removed.error?.code).toBe('42501');
	});

	it('refuses bad input with a constraint, not silently', async () => {
		const { error } = await member.from('profiles').update({ display_name: 'x'.repeat(81) }).eq('id', member.userId);
		expect(error?.code).toBe('23514');
	});
});

describe('member_private', () => {
	it('only the member reads their own', async () => {
		const { data } = await member.from('member_private').select('user_id, access_needs');
		expect(data).toHaveLength(1);
		expect(data![0].user_id).toBe(member.userId);
		for (const who of [another, organiser, coordinator]) {
			const { data: theirs } = await who.from('member_private').select('user_id').eq('user_id', member.userId);
			expect(theirs).toEqual([]);
		}
		const { data: anonymous } = await anon.from('member_private').select('user_id');
		expect(anonymous ?? []).toEqual([]);
	});

	it('only the member changes their own', async () => {
		const own = await member.from('member_private').update({ language: 'cy' }).eq('user_id', member.userId).select('language');
		expect(own.data).toEqual([{ language: 'cy' }]);
		await member.from('member_private').update({ language: 'en' }).eq('user_id', member.userId);
		const other = await coordinator.from('member_private').update({ language: 'ar' }).eq('user_id', member.userId).select();
		expect(other.data ?? []).toEqual([]);
		const forged = await another.from('member_private').insert({ user_id: member.userId });
		expect(forged.error).not.toBeNull();
	});
});
