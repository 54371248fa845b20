// The shared sign-in limits (take_sign_in_turn, private.sign_in_turns): only the app's server,
// with the service role, counts there; no visitor's role reads, resets or fills anyone's count.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { client, demo, newMember, serviceRoleKey, signIn, sql } from './api.ts';

const subject = (name: string) => createHash('sha256').update(`${name}-${Date.now()}-${Math.random()}`).digest('hex');
/** take_sign_in_turn's one row: both null when the turn was taken. */
type Answer = { refused_by: number | null; retry_after_seconds: number | null };
const turn = (subjects: string[], limits: number[], kind = 'code') => ({ turn_kind: kind, subjects, limits, window_seconds: 900 });

describe('sign-in limits, per role', () => {
	const roles = {
		anonymous: async () => client(),
		member: () => signIn(demo.member),
		'another member': () => newMember(),
		organiser: () => signIn(demo.organiser),
		coordinator: () => signIn(demo.coordinator)
	};

	it.each(Object.entries(roles))('%s can neither take turns nor read or change the counts', async (_, as) => {
		const supabase = await as();
		const victim = subject('victim');
		const { error } = await supabase.rpc('take_sign_in_turn', turn([victim], [1]));
		expect(error?.code).toBe('42501');
		// The table's schema is not served by the API at all.
		const read = await supabase.schema('private' as 'public').from('sign_in_turns' as 'profiles').select('*');
		expect(read.error).not.toBeNull();
		expect(await sql('select 1 from private.sign_in_turns where subject = $1', [victim])).toHaveLength(0);
	});

	it('has no grants for anon or authenticated, and RLS on', async () => {
		const grants = await sql(
			`select grantee from information_schema.role_table_grants where table_schema = 'private' and table_name = 'sign_in_turns' and grantee in ('anon', 'authenticated', 'PUBLIC')`
		);
		expect(grants).toEqual([]);
		const [table] = await sql<{ rls: boolean }>(`select relrowsecurity as rls from pg_class where oid = 'private.sign_in_turns'::regclass`);
		expect(table.rls).toBe(true);
	});
});

describe('take_sign_in_turn, as the app server calls it', () => {
	const server = client(serviceRoleKey);

	it('takes turns up to the limit, then says which subject refused and when to come back', async () => {
		const [email, address] = [subject('email'), subject('address')];
		for (let i = 0; i < 2; i++) {
			const { data } = await server.rpc('take_sign_in_turn', turn([email, address], [2, 5])).single<Answer>();
			expect(data).toEqual({ refused_by: null, retry_after_seconds: null });
		}
		const { data: refused } = await server.rpc('take_sign_in_turn', turn([email, address], [2, 5])).single<Answer>();
		expect(refused?.refused_by).toBe(1);
		expect(refused?.retry_after_seconds).toBeGreaterThan(890);
		expect(refused?.retry_after_seconds).toBeLessThanOrEqual(900);
		// A refused request is not counted: the address has had 2 turns, not 3.
		const { data: other } = await server.rpc('take_sign_in_turn', turn([subject('email'), address], [2, 3])).single<Answer>();
		expect(other?.refused_by).toBeNull();
		const { data: full } = await server.rpc('take_sign_in_turn', turn([subject('email'), address], [2, 3])).single<Answer>();
		expect(full?.refused_by).toBe(2);
	});

	it('holds under requests at once, as from several app servers', async () => {
		const address = subject('crowd');
		const answers = await Promise.all(
			Array.from({ length: 12 }, () => client(serviceRoleKey).rpc('take_sign_in_turn', turn([subject('email'), address], [5, 4], 'try')).single<Answer>())
		);
		expect(answers.filter((a) => a.data?.refused_by === null)).toHaveLength(4);
	});

	it('counts codes and tries apart, and forgets turns once they leave the window', async () => {
		const email = subject('kinds');
		await server.rpc('take_sign_in_turn', turn([email], [1]));
		expect((await server.rpc('take_sign_in_turn', turn([email], [1], 'try')).single<Answer>()).data?.refused_by).toBeNull();
		expect((await server.rpc('take_sign_in_turn', turn([email], [1])).single<Answer>()).data?.refused_by).toBe(1);
		await sql(`update private.sign_in_turns set taken_at = now() - interval '16 minutes' where subject = $1`, [email]);
		expect((await server.rpc('take_sign_in_turn', turn([email], [1])).single<Answer>()).data?.refused_by).toBeNull();
		expect(await sql(`select 1 from private.sign_in_turns where subject = $1 and kind = 'code' and taken_at < now() - interval '15 minutes'`, [email])).toHaveLength(0);
	});
});
