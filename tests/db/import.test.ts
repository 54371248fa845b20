// Importing organisations through the API, per role: anonymous, a member, an organiser, a
// coordinator of another community, a second coordinator of the same one, and the
// coordinator who uploads. What they stage, read and confirm, and what the imported
// listings show (nothing, until confirmed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, signIn, sql } from './api.ts';

type Client = Awaited<ReturnType<typeof signIn>>;
const fresh = () => signIn(`import-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`);
const anon = client();

let community: string, elsewhere: string;
let member: Client, organiser: Client, otherCoordinator: Client, secondCoordinator: Client, coordinator: Client;

async function makeCommunity(name: string) {
	const [{ id }] = await sql<{ id: string }>(`insert into public.communities (slug, name) values ($1, $2) returning id`, [
		`import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
		name
	]);
	return id;
}
const place = (who: Client, id: string, role = 'member') =>
	sql(`insert into public.community_members (community_id, user_id, role) values ($1, $2, $3)`, [id, who.userId, role]);

const listing = (name: string, area = '') => ({
	line: 2,
	name,
	listing: { display_name: name, summary: 'We help people get online.', topics: ['digital-inclusion'], skills: [], languages: ['en'], modes: ['online'], availability: '', area, address: '', latitude: null, longitude: null, exact_point: false },
	contact: { channel: 'email', value: 'hello@example.org' },
	problems: [],
	notes: [],
	duplicate: null
});
const withProblem = (name: string) => ({ ...listing(name), listing: null, contact: null, problems: [{ key: 'summaryShort' }] });
const stage = (who: ReturnType<typeof client>, into: string, rows: unknown[]) =>
	who.from('organisation_imports').insert({ community_id: into, format: 'csv', file_name: 'groups.csv', rows: rows as never }).select('id').single();

beforeAll(async () => {
	[community, elsewhere] = await Promise.all([makeCommunity('Importing Circle'), makeCommunity('Another Importing Circle')]);
	[member, organiser, otherCoordinator, secondCoordinator, coordinator] = await Promise.all([fresh(), fresh(), fresh(), fresh(), fresh()]);
	await Promise.all([
		place(member, community),
		place(organiser, community, 'organiser'),
		place(otherCoordinator, elsewhere, 'coordinator'),
		place(secondCoordinator, community, 'coordinator'),
		place(coordinator, community, 'coordinator')
	]);
});

afterAll(async () => {
	await sql('delete from public.helpers where community_id = any($1)', [[community, elsewhere]]);
	await sql('delete from public.communities where id = any($1)', [[community, elsewhere]]);
});

const namesIn = async (who: ReturnType<typeof client>, names: string[]) =>
	((await who.from('helpers').select('display_name').in('display_name', names)).data ?? []).map((h) => h.display_name).sort();

describe('staging an import', () => {
	it('only a coordinator stages one, for their own community', async () => {
		expect((await stage(anon, community, [listing('Anon Group')])).error).not.toBeNull();
		for (const who of [member, organiser, otherCoordinator]) {
			expect((await stage(who, community, [listing('Sneaky Group')])).error?.code, 'not theirs').toBe('42501');
		}
		const { data, error } = await stage(coordinator, community, [listing('Fine Group')]);
		expect(error).toBeNull();
		expect(data?.id).toBeTruthy();
	});

	it('cannot be staged in someone else\'s name, nor changed once staged, nor made empty or huge', async () => {
		const forged = await coordinator.from('organisation_imports').insert({ community_id: community, format: 'csv', rows: [listing('X')] as never, created_by: secondCoordinator.userId } as never);
		expect(forged.error?.code).toBe('42501');
		const { data } = await stage(coordinator, community, [listing('Unchanged Group')]);
		const changed = await coordinator.from('organisation_imports').update({ community_id: elsewhere } as never).eq('id', data!.id).select();
		expect(changed.error?.code).toBe('42501');
		expect((await stage(coordinator, community, [])).error?.code).toBe('23514');
		expect((await stage(coordinator, community, Array.from({ length: 1001 }, (_, i) => listing(`G${i}`)))).error?.code).toBe('23514');
		expect((await coordinator.from('organisation_imports').insert({ community_id: community, format: 'xlsx', rows: [listing('X')] as never })).error?.code).toBe('23514');
	});

	it('is read only by the coordinator who uploaded it', async () => {
		const { data } = await stage(coordinator, community, [listing('Private Group')]);
		const id = data!.id;
		for (const who of [anon, member, organiser, otherCoordinator, secondCoordinator]) {
			expect((await who.from('organisation_imports').select('id').eq('id', id)).data ?? []).toEqual([]);
			await who.from('organisation_imports').delete().eq('id', id);
		}
		expect((await coordinator.from('organisation_imports').select('id, rows').eq('id', id)).data).toEqual([{ id, rows: [listing('Private Group')] }]);
	});

	it('is forgotten a day later', async () => {
		const { data } = await stage(coordinator, community, [listing('Stale Group')]);
		await sql(`update public.organisation_imports set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = $1`, [data!.id]);
		expect((await coordinator.from('organisation_imports').select('id').eq('id', data!.id)).data).toEqual([]);
		expect((await coordinator.rpc('confirm_organisation_import', { import: data!.id, chosen: [0] })).error?.code).toBe('PT404');
		await stage(coordinator, community, [listing('Fresh Group')]);
		expect(await sql('select id from public.organisation_imports where id = $1', [data!.id])).toEqual([]);
	});
});

describe('confirming an import', () => {
	it('writes exactly the chosen rows that can be written, into the import\'s community, once', async () => {
		const { data } = await stage(coordinator, community, [listing('Chosen One', 'Bristol'), withProblem('Broken One'), listing('Left Out'), listing('Chosen Two')]);
		const id = data!.id;
		for (const who of [member, organiser, otherCoordinator, secondCoordinator]) {
			const { error } = await who.rpc('confirm_organisation_import', { import: id, chosen: [0, 1, 2, 3] });
			expect(error?.code).toBe('PT404');
		}
		expect((await anon.rpc('confirm_organisation_import', { import: id, chosen: [0] })).error).not.toBeNull();
		// Row 1 has problems and is never written, even when chosen; 2 is not chosen; 99 is not there.
		const confirmed = await coordinator.rpc('confirm_organisation_import', { import: id, chosen: [0, 1, 3, 99, -1] });
		expect(confirmed.error).toBeNull();
		expect(confirmed.data).toBe(2);
		const rows = await sql<{ display_name: string; community_id: string; user_id: string; paused: boolean; awaiting_confirmation: boolean; value: string }>(
			`select h.display_name, h.community_id, h.user_id, h.paused, h.awaiting_confirmation, c.value
			 from public.helpers h join public.helper_contacts c on c.helper_id = h.id where h.display_name = any($1) order by h.display_name`,
			[['Chosen One', 'Broken One', 'Left Out', 'Chosen Two']]
		);
		expect(rows).toEqual(
			['Chosen One', 'Chosen Two'].map((display_name) => ({ display_name, community_id: community, user_id: coordinator.userId, paused: true, awaiting_confirmation: true, value: 'hello@example.org' }))
		);
		// Used up: a second confirm writes nothing.
		expect((await coordinator.rpc('confirm_organisation_import', { import: id, chosen: [2] })).error?.code).toBe('PT404');
	});

	it('is refused to a coordinator who has since stepped down', async () => {
		const { data } = await stage(secondCoordinator, community, [listing('Stepped Down Group')]);
		await sql(`update public.community_members set role = 'member' where community_id = $1 and user_id = $2`, [community, secondCoordinator.userId]);
		try {
			expect((await secondCoordinator.rpc('confirm_organisation_import', { import: data!.id, chosen: [0] })).error?.code).toBe('42501');
			expect(await sql(`select 1 from public.helpers where display_name = 'Stepped Down Group'`)).toEqual([]);
		} finally {
			await sql(`update public.community_members set role = 'coordinator' where community_id = $1 and user_id = $2`, [community, secondCoordinator.userId]);
		}
	});

	it('is not held back by the limit of 10 organisations a member lists by hand', async () => {
		const { data } = await stage(coordinator, community, Array.from({ length: 12 }, (_, i) => listing(`Many Group ${i}`)));
		expect((await coordinator.rpc('confirm_organisation_import', { import: data!.id, chosen: [...Array(12).keys()] })).data).toBe(12);
	});
});

describe('imported listings', () => {
	let waiting: string;
	beforeAll(async () => {
		const { data } = await stage(coordinator, community, [listing('Waiting Group', 'Bristol'), listing('Owner Shows Group')]);
		await coordinator.rpc('confirm_organisation_import', { import: data!.id, chosen: [0, 1] });
		[{ id: waiting }] = await sql<{ id: string }>(`select id from public.helpers where display_name = 'Waiting Group'`);
	});

	it('are shown to nobody but the community\'s coordinators until confirmed', async () => {
		for (const who of [anon, member, organiser, otherCoordinator]) expect(await namesIn(who, ['Waiting Group'])).toEqual([]);
		expect(await namesIn(secondCoordinator, ['Waiting Group'])).toEqual(['Waiting Group']);
		expect(((await anon.rpc('helpers_near', { words: 'Waiting Group' })).data ?? []).map((h: { display_name: string }) => h.display_name)).not.toContain('Waiting Group');
		expect((await member.from('helper_contacts').select('value').eq('helper_id', waiting)).data).toEqual([]);
	});

	it('cannot be marked confirmed, or imported, through the table', async () => {
		expect((await coordinator.from('helpers').update({ awaiting_confirmation: false } as never).eq('id', waiting)).error?.code).toBe('42501');
		const made = await member.from('helpers').insert({ kind: 'organisation', display_name: 'Fake Import', summary: 'We help people get online.', modes: ['online'], imported_at: new Date().toISOString() } as never);
		expect(made.error?.code).toBe('42501');
	});

	it('cannot be published to open data before they are confirmed, by the coordinator who imported them either', async () => {
		const published = await coordinator.rpc('set_helper_published', { helper: waiting, published: true });
		expect(published.error?.code).toBe('23514');
		expect(await sql('select published from public.helpers where id = $1', [waiting])).toEqual([{ published: false }]);
	});

	it('are confirmed by a coordinator of the community only, then shown', async () => {
		for (const who of [member, organiser, otherCoordinator]) expect((await who.rpc('confirm_imported_listing', { listing: waiting })).error?.code).toBe('42501');
		expect((await anon.rpc('confirm_imported_listing', { listing: waiting })).error).not.toBeNull();
		expect((await secondCoordinator.rpc('confirm_imported_listing', { listing: waiting })).error).toBeNull();
		expect(await namesIn(anon, ['Waiting Group'])).toEqual(['Waiting Group']);
		expect((await secondCoordinator.rpc('confirm_imported_listing', { listing: waiting })).error?.code).toBe('PT404');
	});

	it('are confirmed by their owner showing them', async () => {
		const { error } = await coordinator.from('helpers').update({ paused: false }).eq('display_name', 'Owner Shows Group');
		expect(error).toBeNull();
		expect((await sql(`select paused, awaiting_confirmation from public.helpers where display_name = 'Owner Shows Group'`))[0]).toEqual({ paused: false, awaiting_confirmation: false });
		expect(await namesIn(member, ['Owner Shows Group'])).toEqual(['Owner Shows Group']);
	});
});
