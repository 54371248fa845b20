// What changed about an event after it was announced (a new date, moved online): kept by
// the database from the row as it was, whoever writes and whatever they send.
import { beforeAll, describe, expect, it } from 'vitest';
import { bristol, client, demo, newMember, signIn } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const anon = client();
let member: Client, organiser: Client, coordinator: Client;
const library = 'b0000000-0000-4000-8000-000000000001';
const day = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * day);
const times = (days: number) => ({ starts_at: at(days).toISOString(), ends_at: new Date(at(days).getTime() + 7_200_000).toISOString() });

beforeAll(async () => {
	[organiser, coordinator] = await Promise.all([signIn(demo.organiser), signIn(demo.coordinator)]);
	member = await newMember(bristol);
});

async function newEvent(who: Client, status: 'draft' | 'published', days = 20) {
	const { data, error } = await who
		.from('events')
		.insert({ community_id: bristol, venue_id: library, title: `Changes ${Date.now()}`, ...times(days) })
		.select('id')
		.single();
	if (error) throw error;
	if (status === 'published') await who.from('events').update({ status: 'published' }).eq('id', data.id);
	return data.id;
}

const changes = async (id: string) =>
	(await anon.from('events').select('starts_at, format, rescheduled_from, moved_online').eq('id', id).single()).data;

describe('event changes after publishing', () => {
	it('a draft moved to another date or online is not rescheduled: nobody saw it', async () => {
		const id = await newEvent(organiser, 'draft');
		await organiser.from('events').update({ ...times(25), format: 'online' }).eq('id', id);
		const { data } = await organiser.from('events').select('rescheduled_from, moved_online').eq('id', id).single();
		expect(data).toEqual({ rescheduled_from: null, moved_online: false });
		// Published as it now stands: still nothing to say.
		await organiser.from('events').update({ status: 'published' }).eq('id', id);
		expect(await changes(id)).toMatchObject({ rescheduled_from: null, moved_online: false });
	});

	it('a published event moved to a new date keeps the old one, for everyone to read', async () => {
		for (const who of [organiser, coordinator]) {
			const id = await newEvent(who, 'published');
			const before = (await changes(id))!.starts_at;
			await who.from('events').update(times(27)).eq('id', id);
			const after = await changes(id);
			expect(Date.parse(after!.rescheduled_from!)).toBe(Date.parse(before));
			expect(Date.parse(after!.starts_at)).not.toBe(Date.parse(before));
			// Moved again: the date it had last.
			await who.from('events').update(times(30)).eq('id', id);
			expect(Date.parse((await changes(id))!.rescheduled_from!)).toBe(Date.parse(after!.starts_at));
			// Moved back to that date: not rescheduled any more.
			await who.from('events').update({ starts_at: after!.starts_at, ends_at: new Date(Date.parse(after!.starts_at) + 7_200_000).toISOString() }).eq('id', id);
			expect((await changes(id))!.rescheduled_from).toBeNull();
		}
	});

	it('a published event in a room that goes online only has moved online, until it has a room again', async () => {
		const id = await newEvent(organiser, 'published');
		await organiser.from('events').update({ format: 'hybrid' }).eq('id', id);
		expect((await changes(id))!.moved_online).toBe(false);
		await organiser.from('events').update({ format: 'online' }).eq('id', id);
		expect((await changes(id))!.moved_online).toBe(true);
		// A later edit that keeps it online keeps saying so.
		await organiser.from('events').update({ title: 'Changes, now online' }).eq('id', id);
		expect((await changes(id))!.moved_online).toBe(true);
		await organiser.from('events').update({ format: 'in_person' }).eq('id', id);
		expect((await changes(id))!.moved_online).toBe(false);
	});

	it('nobody writes the record of changes: what a write says is ignored', async () => {
		const forged = { rescheduled_from: at(-100).toISOString(), moved_online: true };
		const { data: created, error } = await organiser
			.from('events')
			.insert({ community_id: bristol, venue_id: library, title: 'Forged history', ...times(22), ...forged })
			.select('id, rescheduled_from, moved_online')
			.single();
		expect(error).toBeNull();
		expect(created).toMatchObject({ rescheduled_from: null, moved_online: false });
		await organiser.from('events').update({ status: 'published' }).eq('id', created!.id);
		for (const who of [organiser, coordinator]) {
			await who.from('events').update(forged).eq('id', created!.id);
			expect(await changes(created!.id)).toMatchObject({ rescheduled_from: null, moved_online: false });
		}
		// Members and visitors cannot write events at all.
		for (const who of [anon, member]) {
			const { data } = await who.from('events').update({ ...times(40) }).eq('id', created!.id).select();
			expect(data ?? []).toEqual([]);
		}
		expect((await changes(created!.id))!.rescheduled_from).toBeNull();
	});
});
