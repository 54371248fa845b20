// A member's calendar feed, through the API as each person would reach it: the member who
// owns it, another member, an organiser and a coordinator of the community, and anyone at
// all (a calendar app, or someone who found or guessed an address). And the SEQUENCE that
// lets a subscribed calendar replace its copy when an event changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, client, newMember, serviceRoleKey, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof newMember>>;
let member: Client, other: Client, organiser: Client, coordinator: Client;
let going: string, waiting: string, cancelled: string;

async function withRole(role: 'organiser' | 'coordinator') {
	const who = await newMember(bristol);
	await sql('update public.community_members set role = $1 where community_id = $2 and user_id = $3', [role, bristol, who.userId]);
	return who;
}

async function makeEvent(title: string, capacity: number | null = null) {
	const start = new Date(Date.now() + 9 * 86_400_000);
	const { data, error } = await organiser
		.from('events')
		.insert({
			community_id: bristol,
			venue_id: 'b0000000-0000-4000-8000-000000000001',
			title,
			starts_at: start.toISOString(),
			ends_at: new Date(start.getTime() + 7_200_000).toISOString(),
			status: 'published',
			capacity
		})
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

const feedOf = async (who: Client) => (await who.rpc('my_calendar_feed')).data!;
interface FeedRow {
	id: string;
	title: string;
	status: string;
	reminder_minutes: number | null;
}
/** The app's server, which alone reads a feed by its secret (for a calendar app, which has no session). */
const server = client(serviceRoleKey);
const feedRows = async (secret: string): Promise<FeedRow[]> => (await server.rpc('calendar_feed_events', { secret })).data ?? [];
const titles = async (secret: string) => (await feedRows(secret)).map((row) => row.title);

beforeAll(async () => {
	[member, other, organiser, coordinator] = await Promise.all([newMember(bristol), newMember(bristol), withRole('organiser'), withRole('coordinator')]);
	const tag = Math.random().toString(36).slice(2, 8);
	[going, waiting, cancelled] = await Promise.all([makeEvent(`Feed: going ${tag}`), makeEvent(`Feed: full ${tag}`, 1), makeEvent(`Feed: cancelled ${tag}`)]);
	for (const [who, event] of [
		[member, going],
		[other, waiting],
		[member, waiting],
		[member, cancelled],
		[other, going]
	] as const) {
		const { error } = await who.rpc('rsvp', { event, status: 'going' });
		expect(error).toBeNull();
	}
	const { error } = await organiser.from('events').update({ status: 'cancelled', cancel_reason: 'The venue flooded.' }).eq('id', cancelled);
	expect(error).toBeNull();
});

describe("a member's feed", () => {
	it('is made on first use, stays the same, and is 64 hex digits of randomness per member', async () => {
		const secret = await feedOf(member);
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(await feedOf(member)).toBe(secret);
		expect(await feedOf(other)).not.toBe(secret);
	});

	it('shows, to whoever holds the address, only what its member is going to: cancelled too, never waiting', async () => {
		const shown = await titles(await feedOf(member));
		expect(shown.filter((title) => title.startsWith('Feed: '))).toHaveLength(2);
		expect(shown.some((title) => title.startsWith('Feed: going'))).toBe(true);
		expect(shown.some((title) => title.startsWith('Feed: cancelled'))).toBe(true);
		expect(shown.some((title) => title.startsWith('Feed: full'))).toBe(false);
		const rows = await feedRows(await feedOf(member));
		expect(rows.find((row) => row.id === cancelled)?.status).toBe('cancelled');
		expect(rows[0].reminder_minutes).toBe(1440);
	});

	it("carries the member's chosen reminder, and none when they chose none", async () => {
		await member.from('member_private').update({ calendar_reminder_minutes: 120 }).eq('user_id', member.userId);
		expect((await feedRows(await feedOf(member)))[0].reminder_minutes).toBe(120);
		await member.from('member_private').update({ calendar_reminder_minutes: null }).eq('user_id', member.userId);
		expect((await feedRows(await feedOf(member)))[0].reminder_minutes).toBeNull();
		const refused = await member.from('member_private').update({ calendar_reminder_minutes: 7 }).eq('user_id', member.userId);
		expect(refused.error?.code).toBe('23514');
	});

	it('a new address ends the old one at once', async () => {
		const old = await feedOf(other);
		const { data: fresh } = await other.rpc('my_calendar_feed', { reset: true });
		expect(fresh).toMatch(/^[0-9a-f]{64}$/);
		expect(fresh).not.toBe(old);
		expect((await server.rpc('calendar_feed_known', { secret: old })).data).toBe(false);
		expect(await titles(old)).toEqual([]);
		expect((await server.rpc('calendar_feed_known', { secret: fresh! })).data).toBe(true);
		expect((await titles(fresh!)).some((title) => title.startsWith('Feed: going'))).toBe(true);
	});
});

describe.each([
	['anyone', () => client()],
	['another member', () => other],
	['an organiser', () => organiser],
	['a coordinator', () => coordinator]
])('%s', (_, who) => {
	it("reads no member's feed secret from the table, and cannot write one", async () => {
		const secret = await feedOf(member);
		const read = await who().from('calendar_feeds').select('*');
		expect(JSON.stringify(read.data ?? [])).not.toContain(secret);
		const written = await who().from('calendar_feeds').insert({ user_id: member.userId, secret: 'a'.repeat(64) });
		expect(written.error).not.toBeNull();
		const changed = await who().from('calendar_feeds').update({ secret: 'b'.repeat(64) }).eq('user_id', member.userId).select();
		expect(changed.data ?? []).toEqual([]);
		expect(await feedOf(member)).toBe(secret);
	});

	it('reads no feed through the API, not even with its right address: only the app\'s server does', async () => {
		const secret = await feedOf(member);
		for (const name of ['calendar_feed_events', 'calendar_feed_known'] as const) {
			const answer = await who().rpc(name, { secret });
			expect(answer.error?.code, name).toBe('42501');
			expect(JSON.stringify(answer.data ?? null)).not.toContain('Feed: ');
		}
	});
});

it('the server finds nothing at a guessed or malformed address', async () => {
	for (const secret of ['0'.repeat(64), 'f'.repeat(64), '', "' or 1=1 --", '%']) {
		expect(await feedRows(secret)).toEqual([]);
		expect((await server.rpc('calendar_feed_known', { secret })).data).toBe(false);
	}
});

it('anyone without a session is refused a feed of their own', async () => {
	const { error } = await client().rpc('my_calendar_feed');
	expect(error?.code).toBe('42501');
});

describe("an event's SEQUENCE", () => {
	const sequenceOf = async (id: string) => (await sql<{ sequence: number }>('select sequence from public.events where id = $1', [id]))[0].sequence;

	it('rises with each change a calendar shows, not with others, and nobody sets it by hand', async () => {
		const id = await makeEvent('Feed: sequence');
		expect(await sequenceOf(id)).toBe(0);
		const later = new Date(Date.now() + 10 * 86_400_000);
		await organiser.from('events').update({ starts_at: later.toISOString(), ends_at: new Date(later.getTime() + 3_600_000).toISOString() }).eq('id', id);
		expect(await sequenceOf(id)).toBe(1);
		await organiser.from('events').update({ description: 'Now with more detail.' }).eq('id', id);
		expect(await sequenceOf(id)).toBe(1);
		await organiser.from('events').update({ title: 'Feed: sequence, renamed' }).eq('id', id);
		expect(await sequenceOf(id)).toBe(2);
		await organiser.from('events').update({ sequence: 0 }).eq('id', id);
		expect(await sequenceOf(id)).toBe(2);
		await organiser.from('events').update({ sequence: 99 }).eq('id', id);
		expect(await sequenceOf(id)).toBe(2);
	});
});
