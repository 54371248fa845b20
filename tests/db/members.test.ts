// Membership, joining and profiles through the API, per role: anonymous, a member, a member
// of another community, someone waiting for approval, an organiser, a coordinator. And the
// directory's rules that rest on membership: settled members, an area moving once a day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const fresh = () => signIn(`members-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`);
const anon = client();

let community: string, elsewhere: string;
let member: Client, another: Client, pending: Client, organiser: Client, coordinator: Client;

/** A community of the test's own, whose coordinator has chosen approval. */
async function makeCommunity(name: string) {
	const [{ id }] = await sql<{ id: string }>(`insert into public.communities (slug, name) values ($1, $2) returning id`, [
		`members-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
		name
	]);
	return id;
}
const place = (who: Client, id: string, role = 'member') =>
	sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, $3)`, [id, who.userId, role]);

beforeAll(async () => {
	[community, elsewhere] = await Promise.all([makeCommunity('Approving Circle'), makeCommunity('Another Circle')]);
	[member, another, pending, organiser, coordinator] = await Promise.all([fresh(), fresh(), fresh(), fresh(), fresh()]);
	await Promise.all([place(member, community), place(another, elsewhere), place(organiser, community, 'organiser'), place(coordinator, community, 'coordinator')]);
	expect((await coordinator.from('communities').update({ joining: 'approval' }).eq('id', community).select('joining')).data).toEqual([{ joining: 'approval' }]);
	expect((await pending.from('community_members').insert({ community_id: community, user_id: pending.userId })).error).toBeNull();
});

// The communities go with the test (the other tests and the browser tests count the seed's two).
afterAll(async () => {
	await sql('delete from public.communities where id = any($1)', [[community, elsewhere]]);
});

const members = async (who: ReturnType<typeof client>) =>
	((await who.from('community_members').select('user_id, status').eq('community_id', community).order('user_id')).data ?? []).map((m) => m.user_id);
const seesProfile = async (who: ReturnType<typeof client>, of: Client) => ((await who.from('profiles').select('id').eq('id', of.userId)).data ?? []).length === 1;

describe('joining a community that approves its members', () => {
	it('anyone reads the joining rule; only its coordinators change it', async () => {
		expect((await anon.from('communities').select('joining').eq('id', community).single()).data).toEqual({ joining: 'approval' });
		for (const who of [member, pending, organiser, another]) {
			expect((await who.from('communities').update({ joining: 'open' }).eq('id', community).select()).data).toEqual([]);
		}
		expect((await anon.from('communities').update({ joining: 'open' }).eq('id', community).select()).data ?? []).toEqual([]);
		expect((await coordinator.from('communities').update({ joining: 'anything' }).eq('id', community)).error?.code).toBe('23514');
	});

	it('whoever asks waits, whatever they send; they cannot let themselves in', async () => {
		expect((await pending.from('community_members').select('status').eq('community_id', community)).data).toEqual([{ status: 'pending' }]);
		const forger = await fresh();
		expect((await forger.from('community_members').insert({ community_id: community, user_id: forger.userId, status: 'approved' } as never)).error?.code).toBe('42501');
		expect((await pending.from('community_members').update({ status: 'approved' } as never).eq('user_id', pending.userId)).error?.code).toBe('42501');
		expect((await pending.from('community_members').update({ joined_at: '2020-01-01' } as never).eq('user_id', pending.userId)).error?.code).toBe('42501');
		expect((await pending.rpc('decide_membership', { community, member: pending.userId, approve: true })).error?.code).toBe('42501');
		expect((await anon.rpc('decide_membership', { community, member: pending.userId, approve: true })).error).not.toBeNull();
	});

	it('an open community lets people in at once', async () => {
		const joiner = await fresh();
		expect((await joiner.from('community_members').insert({ community_id: elsewhere, user_id: joiner.userId })).error).toBeNull();
		expect((await joiner.from('community_members').select('status').eq('community_id', elsewhere).eq('user_id', joiner.userId)).data).toEqual([{ status: 'approved' }]);
		expect(await seesProfile(joiner, another)).toBe(true);
	});
});

describe('who sees whom', () => {
	it('anonymous: no members, no profiles', async () => {
		expect(await members(anon)).toEqual([]);
		expect((await anon.from('profiles').select('id')).data ?? []).toEqual([]);
	});

	it('a member: the approved members and their profiles, never who is waiting', async () => {
		expect(await members(member)).toEqual([member.userId, organiser.userId, coordinator.userId].sort());
		expect(await seesProfile(member, organiser)).toBe(true);
		expect(await seesProfile(member, pending)).toBe(false);
		expect(await seesProfile(member, another)).toBe(false);
	});

	it('a member of another community: none of them', async () => {
		expect(await members(another)).toEqual([]);
		for (const of of [member, organiser, coordinator, pending]) expect(await seesProfile(another, of)).toBe(false);
		expect(await seesProfile(another, another)).toBe(true);
	});

	it('someone waiting: only their own row and profile', async () => {
		expect(await members(pending)).toEqual([pending.userId]);
		for (const of of [member, organiser, coordinator]) expect(await seesProfile(pending, of)).toBe(false);
		expect(await seesProfile(pending, pending)).toBe(true);
	});

	it('organisers and coordinators: everyone, who is waiting too, and the profile of whoever asks', async () => {
		for (const who of [organiser, coordinator]) {
			expect(await members(who)).toEqual([member.userId, pending.userId, organiser.userId, coordinator.userId].sort());
			expect(await seesProfile(who, pending)).toBe(true);
			expect(await seesProfile(who, another)).toBe(false);
		}
	});

	it('organisers see the names of people who answered their community’s events', async () => {
		const [{ id: event }] = await sql<{ id: string }>(
			`insert into public.events (community_id, title, starts_at, ends_at, format, status)
			 values ($1, 'Members test', now() + interval '2 days', now() + interval '2 days 1 hour', 'online', 'published') returning id`,
			[community]
		);
		expect(await seesProfile(organiser, another)).toBe(false);
		expect((await another.rpc('rsvp', { event, status: 'going' })).error).toBeNull();
		expect(await seesProfile(organiser, another)).toBe(true);
		expect(await seesProfile(member, another)).toBe(false);
	});
});

describe('someone waiting has no role: nothing that is for members', () => {
	it('even named organiser while waiting, they create, read and decide nothing', async () => {
		const waiting = await fresh();
		await sql(`insert into public.community_members (community_id, user_id, role, status) values ($1, $2, 'organiser', 'pending')`, [community, waiting.userId]);
		const venue = await waiting.from('venues').insert({ community_id: community, name: 'Nope Hall', address: '1 Road', town: 'Town', latitude: 51, longitude: -2 });
		expect(venue.error?.code).toBe('42501');
		const draft = await waiting.rpc('save_event', {
			target: null,
			join_url: null,
			fields: { community_id: community, title: 'Not theirs', starts_at: '2030-01-01T10:00:00Z', ends_at: '2030-01-01T11:00:00Z', time_zone: 'Europe/London', format: 'online', languages: ['en'] }
		});
		expect(draft.error).not.toBeNull();
		expect((await waiting.rpc('feedback_insights', { community })).error?.code).toBe('42501');
		expect((await waiting.rpc('decide_membership', { community, member: pending.userId, approve: true })).error?.code).toBe('42501');
		const listed = await waiting.from('helpers').insert({ community_id: community, display_name: 'Waiting Helper', summary: 'I would like to help out.', modes: ['online'] });
		expect(listed.error?.code).toBe('42501');
		expect(await members(waiting)).toEqual([waiting.userId]);
		await sql('delete from public.community_members where user_id = $1', [waiting.userId]);
	});
});

describe('organisers decide', () => {
	it('approve: they are in, and see the members; decline: the request goes, and they may ask again', async () => {
		const [yes, no] = await Promise.all([fresh(), fresh()]);
		for (const who of [yes, no]) await who.from('community_members').insert({ community_id: community, user_id: who.userId });
		expect((await member.rpc('decide_membership', { community, member: yes.userId, approve: true })).error?.code).toBe('42501');
		expect((await another.rpc('decide_membership', { community, member: yes.userId, approve: true })).error?.code).toBe('42501');

		expect((await organiser.rpc('decide_membership', { community, member: yes.userId, approve: true })).error).toBeNull();
		expect((await yes.from('community_members').select('status').eq('community_id', community).eq('user_id', yes.userId)).data).toEqual([{ status: 'approved' }]);
		expect(await seesProfile(yes, member)).toBe(true);
		expect((await organiser.rpc('decide_membership', { community, member: yes.userId, approve: false })).error?.code).toBe('PT404');

		expect((await coordinator.rpc('decide_membership', { community, member: no.userId, approve: false })).error).toBeNull();
		expect(await members(no)).toEqual([]);
		expect((await no.from('community_members').insert({ community_id: community, user_id: no.userId })).error).toBeNull();
		expect((await no.from('community_members').select('status').eq('community_id', community).eq('user_id', no.userId)).data).toEqual([{ status: 'pending' }]);
	});
});

describe('the directory rests on settled members', () => {
	const at = () => ({ latitude: 58.4 + Math.random() * 0.3, longitude: -6 + Math.random() * 0.3 });
	const list = (who: Client, where: { latitude: number; longitude: number }) =>
		who.from('helpers').insert({ display_name: 'Settled Test', summary: 'I can help with phones.', modes: ['in_person'], area: 'Nearby', languages: ['en'], ...where });
	const shown = async (who: Client) => {
		const { data: mine } = await who.from('helpers').select('id').eq('user_id', who.userId).single();
		return ((await anon.rpc('helper_place', { helper: mine!.id })).data as { shown_as: string }[])[0].shown_as;
	};

	it('a cell is shown to ~1 km once 5 members of 7 days or more are listed there, not before', async () => {
		const spot = at();
		const people = await Promise.all(Array.from({ length: 5 }, () => newMember()));
		for (const who of people) expect((await list(who, spot)).error).toBeNull();
		const since = (who: Client, days: number) =>
			sql(`update public.community_members set joined_at = now() - $2 * interval '1 day' where user_id = $1`, [who.userId, days]);
		await Promise.all(people.slice(0, 4).map((who) => since(who, 30)));
		await since(people[4], 6);
		expect(await shown(people[0])).toBe('area');
		await since(people[4], 7.01);
		expect(await shown(people[0])).toBe('cell');
		// Someone waiting for approval somewhere is not settled there.
		await sql(`update public.community_members set status = 'pending' where user_id = $1`, [people[4].userId]);
		expect(await shown(people[0])).toBe('area');
	});

	it('an area moves once a day: refused with when it can move again; taking it off the map is always allowed', async () => {
		const who = await newMember();
		const first = at();
		expect((await list(who, first)).error).toBeNull();
		const moved = await who.from('helpers').update(at()).eq('user_id', who.userId);
		expect(moved.error?.hint).toBe('area_moved');
		const again = new Date(moved.error!.details).getTime();
		expect(again - Date.now()).toBeGreaterThan(23 * 3600_000);
		expect(again - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
		// Off the map, and back where it was: neither is a move.
		expect((await who.from('helpers').update({ area: '', modes: ['online'] }).eq('user_id', who.userId)).error).toBeNull();
		expect((await who.from('helpers').update({ area: 'Nearby', modes: ['in_person'], ...first }).eq('user_id', who.userId)).error).toBeNull();
		// A day on, it moves.
		await sql(`update private.area_moves set moved_at = now() - interval '25 hours' where user_id = $1`, [who.userId]);
		expect((await who.from('helpers').update(at()).eq('user_id', who.userId)).error).toBeNull();
	});
});
