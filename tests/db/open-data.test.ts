// Open data through the API, as each role: only published, listed organisations come out,
// with only their published fields; nobody can publish a member, whatever path they try;
// owners publish their own, coordinators only in their community; taking one off the map
// takes it out at once. What comes out is checked against the real Murmurations schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { murmurationsProfile } from '../../src/lib/opendata/murmurations.ts';
import type { OpenOrganisation } from '../../src/lib/opendata/organisations.ts';
import { murmurationsValidator, problems } from '../standards/validate.ts';
import { bristol, client, demo, manchester, newMember, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
let coordinator: Client;
let organiser: Client;

async function organisation(who: Client, fields: Record<string, unknown> = {}) {
	const { data, error } = await who
		.from('helpers')
		.insert({ kind: 'organisation', community_id: bristol, display_name: `Open Org ${Date.now()}`, summary: 'We help people get online.', topics: ['digital-inclusion'], skills: ['training'], modes: ['online'], ...fields })
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

const published = async (who: ReturnType<typeof client>, args: Record<string, unknown> = {}) => {
	const { data, error } = await who.rpc('open_organisations', { page_size: 1000, ...args });
	if (error) throw error;
	return data as OpenOrganisation[];
};
const ids = async (who: ReturnType<typeof client>, args: Record<string, unknown> = {}) => (await published(who, args)).map((o) => o.id);
const publish = (who: ReturnType<typeof client>, helper: string, on = true, community?: string) => who.rpc('set_helper_published', { helper, published: on, community });

beforeAll(async () => {
	coordinator = await signIn(demo.coordinator);
	organiser = await signIn(demo.organiser);
});

describe('who publishes', () => {
	it('a new listing, like every existing one, starts unpublished; its owner publishes it and takes it off', async () => {
		const owner = await newMember();
		const id = await organisation(owner);
		expect((await owner.from('helpers').select('published').eq('id', id).single()).data).toEqual({ published: false });
		// The seed's listings, there before this migration, are all unpublished.
		expect(await sql(`select count(*)::int as n from public.helpers where published and user_id::text like 'c0000000-%'`)).toEqual([{ n: 0 }]);
		expect(await ids(client())).not.toContain(id);

		expect((await publish(owner, id)).error).toBeNull();
		expect(await ids(client())).toContain(id);
		expect((await publish(owner, id, false)).error).toBeNull();
		expect(await ids(client())).not.toContain(id);
	});

	it('a member’s listing can never be published: not by the RPC, a direct update or an insert, whoever asks', async () => {
		const member = await newMember();
		const { data } = await member.from('helpers').insert({ display_name: 'Just Me', summary: 'I help with phones.', modes: ['online'], community_id: bristol }).select('id').single();
		const id = data!.id;
		expect((await publish(member, id)).error?.code).toBe('23514');
		expect((await publish(coordinator, id)).error?.code).toBe('23514');
		expect((await member.from('helpers').update({ published: true }).eq('id', id)).error?.code).toBe('42501');
		const forged = await member.from('helpers').insert({ display_name: 'Also Me', summary: 'I help with laptops.', modes: ['online'], published: true });
		expect(forged.error?.code).toBe('42501');
		// Not even as the database's owner: the check holds for every row.
		await expect(sql(`update public.helpers set published = true where id = $1`, [id])).rejects.toThrow(/helpers_published_is_an_organisation/);
		expect(await ids(client())).not.toContain(id);
	});

	it('an owner publishes only their own; another member, an organiser and a visitor cannot', async () => {
		const owner = await newMember();
		const id = await organisation(owner);
		const other = await newMember();
		expect((await publish(other, id)).error?.code).toBe('42501');
		expect((await publish(organiser, id)).error?.code).toBe('42501');
		expect((await publish(client(), id)).error?.code).toBe('42501');
		expect((await other.from('helpers').update({ published: true }).eq('id', id)).error?.code).toBe('42501');
		expect(await ids(client())).not.toContain(id);
	});

	it('a coordinator publishes in their community only', async () => {
		const owner = await newMember(bristol);
		const id = await organisation(owner);
		expect((await publish(coordinator, id)).error).toBeNull();
		expect(await ids(client(), { community: 'bristol-community-tech' })).toContain(id);

		// A community the demo coordinator does not coordinate.
		const [{ id: elsewhere }] = await sql<{ id: string }>(
			`insert into public.communities (slug, name) values ('open-data-elsewhere-' || floor(random() * 1e9)::text, 'Elsewhere') returning id`
		);
		const local = await newMember(elsewhere);
		const theirs = await organisation(local, { community_id: elsewhere });
		try {
			expect((await publish(coordinator, theirs)).error?.code).toBe('42501');
			expect(await ids(client())).not.toContain(theirs);
		} finally {
			// The other tests count the seed's communities.
			await sql('delete from public.communities where id = $1', [elsewhere]);
		}
	});

	it('a listing in no community goes on one of its owner’s communities when published, never on someone else’s', async () => {
		const owner = await newMember(bristol);
		const id = await organisation(owner, { community_id: null });
		expect((await publish(owner, id)).error?.hint).toBe('no_community');
		expect((await publish(owner, id, true, manchester)).error?.hint).toBe('no_community');
		expect((await owner.from('helpers').select('community_id').eq('id', id).single()).data).toEqual({ community_id: null });
		expect((await publish(owner, id, true, bristol)).error).toBeNull();
		expect((await owner.from('helpers').select('community_id, published').eq('id', id).single()).data).toEqual({ community_id: bristol, published: true });
	});
});

describe('what anyone reads', () => {
	it('only published, unpaused, unhidden organisations, with only their published fields', async () => {
		const owner = await newMember();
		const exact = await organisation(owner, { address: '1 Public Street, Bristol', latitude: 51.46321, longitude: -2.56063, exact_point: true, area: 'Easton' });
		const rough = await organisation(owner, { latitude: 51.46321, longitude: -2.56063, modes: ['in_person', 'phone'], area: 'BS5' });
		await owner.from('helper_contacts').insert([
			{ helper_id: exact, channel: 'email', value: 'hello@example.org' },
			{ helper_id: rough, channel: 'phone', value: '0117 496 0000' }
		]);
		for (const id of [exact, rough]) expect((await publish(owner, id)).error).toBeNull();

		const rows = await published(client());
		const shown = rows.find((o) => o.id === exact)!;
		expect(shown).toMatchObject({ community_slug: 'bristol-community-tech', licence: 'CC-BY-4.0', address: '1 Public Street, Bristol', latitude: 51.46321, longitude: -2.56063, email: 'hello@example.org', link: null });
		expect(Object.keys(shown)).not.toContain('user_id');
		const placedRoughly = rows.find((o) => o.id === rough)!;
		expect(placedRoughly).toMatchObject({ latitude: null, longitude: null, email: null, link: null });
		expect(JSON.stringify(placedRoughly)).not.toContain('0117');
		expect((await client().rpc('open_organisation_count')).data).toBe(rows.length);

		const validate = murmurationsValidator();
		for (const o of [shown, placedRoughly]) {
			const profile = murmurationsProfile(o, 'https://hearth.example');
			expect(validate(profile), problems(validate).join('; ')).toBe(true);
		}

		// Paused by its owner, or hidden by a coordinator: out of every feed, whatever the flag.
		await owner.from('helpers').update({ paused: true }).eq('id', exact);
		expect(await ids(client())).not.toContain(exact);
		expect((await client().rpc('open_organisations', { listing: exact })).data).toEqual([]);
		await owner.from('helpers').update({ paused: false }).eq('id', exact);
		expect(await ids(client())).toContain(exact);
		expect((await coordinator.rpc('set_helper_hidden', { helper: exact, hidden: true, reason: 'Test' })).error).toBeNull();
		expect(await ids(client())).not.toContain(exact);
		expect(await ids(owner)).not.toContain(exact);
	});

	it('the private functions behind them are not in the API', async () => {
		const direct = await client().rpc('published_organisations' as 'open_organisations', {});
		expect(direct.error).not.toBeNull();
		expect((await client().rpc('set_helper_published', { helper: bristol, published: true })).error?.code).toBe('42501');
	});
});

describe('a community’s map terms', () => {
	it('anyone reads them; coordinators change them; nobody else does; only the known licences', async () => {
		const { data } = await client().from('communities').select('map_licence, map_includes, map_decided_by, map_corrections').eq('id', manchester).single();
		expect(data).toEqual({ map_licence: 'CC-BY-4.0', map_includes: '', map_decided_by: '', map_corrections: '' });
		const member = await newMember(manchester);
		expect((await member.from('communities').update({ map_licence: 'CC0-1.0' }).eq('id', manchester).select('id')).data).toEqual([]);
		expect((await organiser.from('communities').update({ map_licence: 'CC0-1.0' }).eq('id', bristol).select('id')).data).toEqual([]);
		expect((await coordinator.from('communities').update({ map_licence: 'MIT' }).eq('id', manchester)).error?.code).toBe('23514');
		const saved = await coordinator.from('communities').update({ map_licence: 'ODbL-1.0', map_includes: 'Groups\u202e in Manchester' }).eq('id', manchester).select('map_licence, map_includes');
		expect(saved.data).toEqual([{ map_licence: 'ODbL-1.0', map_includes: 'Groups in Manchester' }]);
		await coordinator.from('communities').update({ map_licence: 'CC-BY-4.0', map_includes: '' }).eq('id', manchester);
	});
});
