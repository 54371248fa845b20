// Hostile input to the Me pages' forms: profile, settings, deleting the account.
import { expect, test } from '@playwright/test';
import { unknownEnums } from '../support/hostile';
import { sql } from './db';
import { holdsUnderHostileInput, personAs, type Person } from './hostile';

test.use({ javaScriptEnabled: false });
test.setTimeout(300_000);

const topics = ['digital-inclusion', 'web', 'open-data', 'volunteering'];
const needs = ['stepFreeEntrance', 'captions', 'loud', 'quietRoom'];
type Ctx = { person: Person };

const profileRow = ({ person }: Ctx) =>
	sql('select display_name, pronouns, bio, languages, topics, area, updated_at from public.profiles where id = $1', [person.id]);
const settingsRow = ({ person }: Ctx) =>
	sql('select access_needs, notifications, onboarding, language, updated_at from public.member_private where user_id = $1', [person.id]);

test('the profile form takes any input: a refusal by its field, nothing half-saved, nothing injected', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await holdsUnderHostileInput('me/profile', page, { person }, {
		path: () => '/me/profile',
		valid: () => ({ display_name: 'Hostile Tester', pronouns: 'they/them', bio: 'I test forms.', languages: 'English, Cymraeg', topic: topics.slice(0, 2), area: 'Bristol' }),
		kinds: {
			topic: [...topics, ...unknownEnums],
			area: ['BS1', 'bs5', 'BS1 4DJ', 'SW1A 1AA', 'Narnia', 'Bristol, UK', 'Caerdydd'],
			languages: ['a,'.repeat(30), `${'x'.repeat(41)}, English`, ',,,', '،؛', 'English\nCymraeg']
		},
		errors: (data) => ({ ...(data.errors as Record<string, string>), ...((data.area as { error?: string } | null)?.error ? { area: (data.area as { error: string }).error } : {}) }),
		rows: profileRow
	}, 12);
});

test('the settings forms save only known needs and choices, whatever is sent', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	for (const action of ['needs', 'notifications'] as const) {
		await holdsUnderHostileInput(`me/settings ${action}`, page, { person }, {
			path: () => `/me/settings?/${action}`,
			valid: (): Record<string, string[]> => (action === 'needs' ? { need: needs } : { notification: ['eventReminders', 'newsletter'] }),
			kinds: { need: [...needs, ...unknownEnums], notification: ['eventReminders', 'eventChanges', 'newsletter', ...unknownEnums] },
			errors: () => ({}),
			rows: settingsRow,
			accepted: async (ctx) => {
				// Whatever came, only known values are kept.
				const [row] = (await settingsRow(ctx)) as { access_needs: string[]; notifications: Record<string, unknown> }[];
				for (const need of row.access_needs) expect(needs).toContain(need);
				if (action === 'notifications') {
					expect(Object.keys(row.notifications).sort()).toEqual(['eventChanges', 'eventReminders', 'newsletter']);
					for (const value of Object.values(row.notifications)) expect(typeof value).toBe('boolean');
				}
			}
		}, 6);
	}
});

test('deleting an account takes only the exact address: anything else is refused by the field, the account kept', async ({ page, playwright }) => {
	const person = await personAs(playwright, 'member');
	await holdsUnderHostileInput('me/delete', page, { person }, {
		path: () => '/me/delete',
		// Only ever hostile: the harness always changes the one field, so it is never the address itself.
		valid: () => ({ confirm: `${person.email} ` }),
		kinds: { confirm: [person.email.toUpperCase().replace('@', ' @'), `${person.email}\u0000`, `\u202e${person.email}`, person.email.slice(1), `${person.email},${person.email}`] },
		errors: (data): Record<string, string> => (data.error ? { confirm: data.error as string } : {}),
		rows: ({ person }) => sql('select id, email from auth.users where id = $1', [person.id]),
		allowedRedirect: () => false
	}, 10);
	expect(await sql('select 1 from auth.users where id = $1', [person.id])).toHaveLength(1);
});
