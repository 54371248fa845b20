// Hostile input to signing in, choosing a language and the welcome steps, signed out and in.
import { expect, test } from '@playwright/test';
import { unknownEnums } from '../support/hostile';
import { sql } from './db';
import { bristol, holdsUnderHostileInput, personAs } from './hostile';
import { freshEmail, latestMail } from './session';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

/** Same-origin paths only: a form's "next" or "returnTo" never sends anyone elsewhere. */
const samePath = (location: string) => /^\/(?![/\\])/.test(location) && new URL(location, 'http://h.invalid').origin === 'http://h.invalid';
const nexts = ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/me?x=<b data-hostile>', '/%2F%2Fevil.example', '\u0000/me', ' /me', '/me\r\nSet-Cookie: x=1'];

test('asking for a code takes any address and any "next": a refusal by the field, never a redirect elsewhere', async ({ page, playwright }) => {
	const ctx = { person: await personAs(playwright, 'visitor'), email: '' };
	await holdsUnderHostileInput('signin send', page, ctx, {
		before: async (ctx) => void (ctx.email = freshEmail('hostile-send')),
		path: () => '/signin?/send',
		valid: (ctx) => ({ email: ctx.email, next: '/events' }),
		kinds: { email: ['a@b', '@example.org', 'a@@example.org', 'a b@example.org', `${'a'.repeat(250)}@example.org`, 'A@EXAMPLE.ORG', 'a@example.org\u0000', 'a\u202e@example.org', '"a"@example.org', 'a@example.org,b@example.org'], next: nexts },
		errors: (data) => data.errors as Record<string, string>,
		rows: (ctx) => sql('select email, email_confirmed_at from auth.users where email = $1', [ctx.email]),
		accepted: async (_, answer) => {
			if (answer.type === 'success' && answer.data) expect(samePath(String(answer.data.next))).toBe(true);
		}
	}, 10);
});

test('signing in with a code takes any input: a refusal by the field, no session, never a redirect elsewhere', async ({ page, playwright }) => {
	const ctx = { person: await personAs(playwright, 'visitor'), email: '', code: '', userId: '' };
	await holdsUnderHostileInput('signin verify', page, ctx, {
		before: async (ctx) => {
			ctx.email = freshEmail('hostile-verify');
			const sent = await ctx.person.request.post('/signin?/send', { form: { email: ctx.email, next: '/me' }, headers: { accept: 'text/html' } });
			expect(sent.status()).toBe(200);
			await expect.poll(async () => (await latestMail(ctx.email))?.code ?? null).not.toBeNull();
			ctx.code = (await latestMail(ctx.email)).code;
			ctx.userId = (await sql<{ id: string }>('select id from auth.users where email = $1', [ctx.email]))[0].id;
		},
		path: () => '/signin?/verify',
		valid: (ctx) => ({ email: ctx.email, code: ctx.code, next: '/me' }),
		kinds: { code: ['000000', '12345', '1234567', '12 34 56', '١٢٣٤٥٦', '123456\u0000', "1' or '1'='1"], next: nexts },
		errors: (data) => data.errors as Record<string, string>,
		rows: (ctx) => sql('select (select count(*) from auth.sessions where user_id = $1) as sessions, (select email_confirmed_at from auth.users where id = $1) as confirmed', [ctx.userId]),
		allowedRedirect: samePath
	}, 8);
});

test('the language switcher takes only known languages and returns only to this site', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await holdsUnderHostileInput('language', page, { person }, {
		path: () => '/language',
		valid: () => ({ lang: 'cy', returnTo: '/events' }),
		kinds: { lang: ['en', 'ar', 'fr', 'CY', 'cy-GB', 'ar ', ...unknownEnums], returnTo: nexts },
		errors: () => ({}),
		rows: ({ person }) => sql('select language in (\'en\', \'cy\', \'ar\') or language is null as known from public.member_private where user_id = $1', [person.id]),
		allowedRedirect: samePath,
		accepted: async ({ person }) => {
			const [row] = await sql<{ language: string | null }>('select language from public.member_private where user_id = $1', [person.id]);
			expect(['en', 'cy', 'ar', null]).toContain(row.language);
		}
	}, 8);
});

const topics = ['digital-inclusion', 'web', 'open-data'];
const needs = ['stepFreeEntrance', 'captions', 'quietRoom'];
type Step = { step: string; valid: Record<string, string | string[]>; kinds: Record<string, string[]> };
const steps: Step[] = [
	{ step: 'community', valid: { community: bristol }, kinds: { community: ['22222222-2222-4222-8222-222222222222', '00000000-0000-0000-0000-000000000000', bristol.toUpperCase(), `${bristol} `, ...unknownEnums] } },
	{ step: 'interests', valid: { topic: topics, offer: topics.slice(1) }, kinds: { topic: [...topics, ...unknownEnums], offer: [...topics, ...unknownEnums] } },
	{ step: 'access', valid: { need: needs }, kinds: { need: [...needs, ...unknownEnums] } },
	{ step: 'area', valid: { area: 'Bristol' }, kinds: { area: ['BS1', 'BS1 4DJ', 'Narnia', 'bristol', 'SW1A 1AA', 'Llanfairpwllgwyngyll'] } },
	{ step: 'charter', valid: {}, kinds: {} }
];

for (const role of ['visitor', 'newcomer'] as const) {
	test(`each welcome step takes any input, ${role === 'visitor' ? 'signed out' : 'signed in'}: known answers kept, the rest refused by the field`, async ({ page, playwright }) => {
		const person = await personAs(playwright, role);
		const rows = async () =>
			person.id
				? sql(
						`select p.topics, p.area, m.access_needs, m.onboarding, m.charter_version,
						   (select array_agg(community_id order by community_id) from public.community_members c where c.user_id = p.id) as communities
						 from public.profiles p join public.member_private m on m.user_id = p.id where p.id = $1`,
						[person.id]
					)
				: null;
		for (const { step, valid, kinds } of steps) {
			for (const action of step === 'charter' ? ['agree', 'skip'] : ['save', 'skip']) {
				await holdsUnderHostileInput(`welcome/${step} ${action} (${role})`, page, { person }, {
					path: () => `/welcome/${step}?/${action}`,
					valid: () => ({ ...valid, extra: 'x' }),
					kinds,
					errors: (data) => ({ ...((data.errors as Record<string, string> | undefined) ?? {}), ...(data.error ? { area: data.error as string } : {}) }),
					rows,
					// Signed out, agreeing to the charter first asks them to sign in.
					allowedRedirect: (location) => location.startsWith('/welcome/') || location.startsWith('/signin'),
					examples: action !== 'skip' && step !== 'charter'
				}, action === 'skip' ? 2 : 4);
			}
		}
	});
}
