// Attack (issue 15, part 4): a ~1 km cell is shown precisely once 5 listed members share it,
// and the count is of listings anyone can make. Four throw-away accounts placed in a cell
// learn whether a target is in it: their own listings turn from "area" to "cell".
// Written as an attacker would do it: throw-away accounts, supabase-js, the public API.
import { describe, expect, it } from 'vitest';
import { newMember, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof newMember>>;

async function list(who: Client, at: { latitude: number; longitude: number }) {
	return who.from('helpers').insert({
		display_name: 'Just Helping',
		summary: 'I can help with phones and laptops.',
		topics: ['digital-inclusion'],
		languages: ['en'],
		modes: ['in_person'],
		area: 'Nearby',
		...at
	});
}

const shownAs = async (who: Client) => {
	const { data: mine } = await who.from('helpers').select('id').eq('user_id', who.userId).single();
	const { data } = await who.rpc('helper_place', { helper: mine!.id });
	return (data as { shown_as: string }[])[0]?.shown_as;
};

// Fresh, empty places each run, far from the seed and from each other.
const spot = () => ({ latitude: 57.9 + Math.random() * 0.4, longitude: -4.9 + Math.random() * 0.4 });
const fourAttackers = () => Promise.all(Array.from({ length: 4 }, () => newMember()));

describe('attack: throw-away listings reveal whether a target is in a cell', () => {
	it('four fresh accounts in the target’s cell see the same as four in an empty cell', async () => {
		// The target: a member of a month's standing, listed in their cell.
		const target = await newMember();
		await sql(`update public.community_members set joined_at = now() - interval '30 days' where user_id = $1`, [target.userId]);
		const withTarget = spot();
		const empty = spot();
		expect((await list(target, withTarget)).error).toBeNull();

		const [near, control] = await Promise.all([fourAttackers(), fourAttackers()]);
		for (const who of near) expect((await list(who, withTarget)).error).toBeNull();
		for (const who of control) expect((await list(who, empty)).error).toBeNull();

		const seenNear = await Promise.all(near.map(shownAs));
		const seenControl = await Promise.all(control.map(shownAs));
		expect(seenControl).toEqual(['area', 'area', 'area', 'area']);
		expect(seenNear).toEqual(seenControl);
	});

	it('a listing cannot hop from cell to cell to probe each, nor be made again elsewhere', async () => {
		const attacker = await newMember();
		expect((await list(attacker, spot())).error).toBeNull();
		const hop = await attacker.from('helpers').update(spot()).eq('user_id', attacker.userId).select('id');
		expect(hop.error?.hint).toBe('area_moved');
		await attacker.from('helpers').delete().eq('user_id', attacker.userId);
		expect((await list(attacker, spot())).error?.hint).toBe('area_moved');
	});
});
