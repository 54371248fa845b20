// Attack (issue 15, part 3): "members see members" protects nothing when any account reads
// every profile, and anyone can join any community and then read who belongs to it.
// Written as an attacker would do it: throw-away accounts, supabase-js, the public API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const throwAway = () => signIn(`attacker-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`);

describe('attack: reading members one shares no community with', () => {
	it('a fresh account in no community reads no one’s profile but its own', async () => {
		const [attacker, target] = await Promise.all([throwAway(), newMember()]);
		const { data } = await attacker.from('profiles').select('id, display_name, bio, area');
		expect(data?.map((p) => p.id)).toEqual([attacker.userId]);
		expect((await attacker.from('profiles').select('id').eq('id', target.userId)).data).toEqual([]);
	});
});

describe('attack: joining a community that approves its members, to read them', () => {
	let community: string;
	let coordinator: Client;
	let insider: Client;

	beforeAll(async () => {
		[coordinator, insider] = await Promise.all([signIn(demo.coordinator), throwAway()]);
		// A community of its own, so choosing approval here disturbs no other test.
		const slug = `approved-${Date.now()}`;
		[{ id: community }] = await sql<{ id: string }>(
			`insert into public.communities (slug, name) values ($1, 'Closed Circle') returning id`,
			[slug]
		);
		await sql(
			`insert into public.community_members (community_id, user_id, role) values ($1, $2, 'coordinator'), ($1, $3, 'member')`,
			[community, coordinator.userId, insider.userId]
		);
		// The coordinator chooses that organisers approve who joins.
		await coordinator.from('communities').update({ joining: 'approval' }).eq('id', community);
	});

	afterAll(async () => {
		await sql('delete from public.communities where id = $1', [community]);
	});

	it('a fresh account asks to join, and then sees none of its members or their profiles', async () => {
		const attacker = await throwAway();
		await attacker.from('community_members').insert({ community_id: community, user_id: attacker.userId });
		const members = await attacker.from('community_members').select('user_id').eq('community_id', community);
		expect(members.data?.map((m) => m.user_id)).toEqual([attacker.userId]);
		const profiles = await attacker.from('profiles').select('id').in('id', [coordinator.userId, insider.userId]);
		expect(profiles.data).toEqual([]);
	});
});
