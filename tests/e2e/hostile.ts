// The harness of the hostile-input suite for form actions: posts a valid form with one or
// two fields made hostile (and sometimes unknown or repeated fields), as `use:enhance` does
// (JSON) or as a browser without JavaScript does (HTML), against the production build, and
// checks what came back and what the database holds.
import { expect, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import * as devalue from 'devalue';
import fc from 'fast-check';
import { check, hostileText, oneOfEach, runs, shortInCharacters, type TextCategory } from '../support/hostile';
import { englishText, messagePattern } from '../support/messages';
import { sql } from './db';
import { appUrl, freshEmail, latestMail } from './session';

export const bristol = '11111111-1111-4111-8111-111111111111';

export type Role = 'visitor' | 'newcomer' | 'member' | 'organiser' | 'coordinator';

export interface Person {
	request: APIRequestContext;
	email: string;
	id: string | null;
}

/** A fresh person in that role, signed in through the sign-in form's own actions (cookies kept). */
export async function personAs(playwright: PlaywrightWorkerArgs['playwright'], role: Role): Promise<Person> {
	const request = await playwright.request.newContext({ baseURL: appUrl, extraHTTPHeaders: { origin: appUrl } });
	const email = freshEmail(`hostile-${role}`);
	if (role === 'visitor') return { request, email, id: null };
	const headers = { accept: 'text/html' };
	const sent = await request.post('/signin?/send', { form: { email, next: '/me' }, headers, maxRedirects: 0 });
	expect(sent.status()).toBe(200);
	await expect.poll(async () => (await latestMail(email))?.code ?? null).not.toBeNull();
	const [user] = await sql<{ id: string }>('select id from auth.users where email = $1', [email]);
	if (role !== 'newcomer') {
		await sql('insert into public.community_members (community_id, user_id, role) values ($1, $2, $3)', [bristol, user.id, role]);
	}
	const verified = await request.post('/signin?/verify', { form: { email, code: (await latestMail(email)).code, next: '/me' }, headers, maxRedirects: 0 });
	expect(verified.status()).toBe(303);
	return { request, email, id: user.id };
}

// Posting ------------------------------------------------------------------------------------

/** A form as posted: each field's values in order (a field may repeat), files as {file}. */
export type FormEntries = [string, string | { file: string }][];

export type Mode = 'json' | 'html';
export type Encoding = 'urlencoded' | 'multipart';

export interface Answer {
	/** HTTP status, or for `use:enhance` the action's own status. */
	status: number;
	type: 'success' | 'failure' | 'redirect' | 'error';
	data?: Record<string, unknown>;
	location?: string;
	html?: string;
}

/** The limit adapter-node puts on request bodies (BODY_SIZE_LIMIT, 512 KB by default). */
export const bodyLimit = 512 * 1024;

export function encode(entries: FormEntries, encoding: Encoding) {
	if (encoding === 'urlencoded') {
		const params = new URLSearchParams();
		for (const [name, value] of entries) params.append(name, typeof value === 'string' ? value : value.file);
		const body = params.toString();
		return { size: Buffer.byteLength(body), options: { data: body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } };
	}
	const form = new FormData();
	let size = 0;
	for (const [name, value] of entries) {
		const text = typeof value === 'string' ? value : value.file;
		size += Buffer.byteLength(text) + Buffer.byteLength(name) + 100;
		if (typeof value === 'string') form.append(name, value);
		else form.append(name, new Blob([value.file], { type: 'text/plain' }), 'hostile.txt');
	}
	return { size, options: { multipart: form } };
}

/** A form post as use:enhance sends it ('json') or a browser without JavaScript ('html'), redirects not followed. */
export function formPost(entries: FormEntries, mode: Mode, encoding: Encoding = 'urlencoded', headers: Record<string, string> = {}) {
	const { options, size } = encode(entries, encoding);
	return {
		size,
		options: {
			...options,
			headers: {
				...('headers' in options ? options.headers : {}),
				...headers,
				...(mode === 'json' ? { accept: 'application/json', 'x-sveltekit-action': 'true' } : { accept: 'text/html' })
			},
			maxRedirects: 0
		}
	};
}

export async function post(request: APIRequestContext, path: string, entries: FormEntries, mode: Mode, encoding: Encoding = 'urlencoded'): Promise<Answer> {
	const response = await request.post(path, formPost(entries, mode, encoding).options);
	const status = response.status();
	// An endpoint (+server.ts) answers a form post the same way whoever asks.
	if (status >= 300 && status < 400) return { status, type: 'redirect', location: response.headers().location };
	if (mode === 'html') {
		const html = await response.text();
		return { status, type: status >= 500 ? 'error' : status >= 400 ? 'failure' : 'success', html };
	}
	const body = await response.json();
	if (body.type === 'redirect') return { status: body.status, type: 'redirect', location: body.location };
	if (body.type === 'error') return { status, type: 'error', data: body.error };
	return { status: body.status, type: body.type, data: devalue.parse(body.data) };
}

// What a page shows --------------------------------------------------------------------------

export interface Shown {
	/** Elements a hostile payload made: any means some text was not escaped. */
	injected: string[];
	/** Per expected message: found by its field (described by, or in the field's group), or only somewhere. */
	messages: { field: string; key: string; byField: boolean; anywhere: boolean }[];
}

/** Parses HTML in Chromium (JavaScript off) and looks for injected elements and the messages by their fields. */
export async function shown(page: Page, html: string, expected: { field: string; key: string }[] = []): Promise<Shown> {
	await page.setContent(html, { waitUntil: 'domcontentloaded' });
	const wanted = expected.map(({ field, key }) => ({ field, key, pattern: messagePattern(englishText(key) ?? `missing key ${key}`).source }));
	return page.evaluate((wanted) => {
		const injected = [...document.querySelectorAll('[data-hostile], [onerror], [onload], [onclick]')].map((el) => el.outerHTML.slice(0, 200));
		// Alerts outside any form: for a value that matches no form on the page (a listing since removed).
		const pageAlerts = [...document.querySelectorAll('[role=alert]')].filter((a) => !a.closest('form'));
		const textOf = (ids: string | null) =>
			(ids ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
		const messages = wanted.map(({ field, key, pattern }) => {
			const re = new RegExp(pattern);
			// A form-wide message has no field: it must be announced (an alert or the error summary).
			const controls = field === 'form' ? [...document.querySelectorAll('[role=alert], .error-summary, .error')] : [...document.getElementsByName(field)];
			const byField = controls.some((control) => {
				if (field === 'form') return re.test(control.textContent ?? '');
				// A button or a hidden field has no text of its own to describe: an alert in its form stands for it,
				// or, for a value that matches no form on the page (a listing since removed), an alert outside any form.
				if (control instanceof HTMLButtonElement || (control instanceof HTMLInputElement && control.type === 'hidden')) {
					const alerts = [...(control.form?.querySelectorAll('[role=alert]') ?? []), ...pageAlerts];
					return alerts.some((alert) => re.test(alert.textContent ?? ''));
				}
				const group = control.closest('fieldset, [role=group], [role=radiogroup]');
				return (
					re.test(textOf(control.getAttribute('aria-describedby'))) ||
					re.test(textOf(control.getAttribute('aria-errormessage'))) ||
					(!!group && re.test(textOf(group.getAttribute('aria-describedby'))))
				);
			});
			// A field no longer on the page (a hidden value that matches no form): an alert outside any form.
			const pageAlert = pageAlerts.some((a) => re.test(a.textContent ?? ''));
			return { field, key, byField: byField || (!controls.length && pageAlert), anywhere: re.test(document.body.textContent ?? '') };
		});
		return { injected, messages };
	}, wanted);
}

// The property -------------------------------------------------------------------------------

export type FieldKind = readonly string[];

export interface FormSpec<Ctx> {
	/** Where the form posts ("/me/profile", "/near-me/offer?/save"). */
	path: (ctx: Ctx) => string;
	/** A form the action accepts, field by field (repeated fields as lists). */
	valid: (ctx: Ctx) => Record<string, string | string[]>;
	/** Values typical of each field beyond hostile text: its options, near misses, numbers… */
	kinds?: Record<string, FieldKind>;
	/** Fields whose error may come from another field ("cost" makes "amount" required). */
	related?: Record<string, string[]>;
	/** The action's refusals, as field → translation key. */
	errors: (data: Record<string, unknown>) => Record<string, string>;
	/** Where an error's field is not the control's name ("modes" is shown by the "mode" choices). */
	controls?: Record<string, string>;
	/** The rows this action may write, read as the superuser: equal before and after a refusal. */
	rows: (ctx: Ctx) => Promise<unknown>;
	/** Where the action may send people (done, or sign in first); any other redirect fails. */
	allowedRedirect?: (location: string) => boolean;
	/** Called before each run (a fresh event, say). */
	before?: (ctx: Ctx) => Promise<void>;
	/** Fields with a minimum length, in characters as Postgres counts them. */
	minimums?: Record<string, number>;
	/** Run each kind of hostile text once first (default); off for actions that read no text. */
	examples?: boolean;
	/** Checks on an accepted post (what was stored, how it shows). */
	accepted?: (ctx: Ctx, answer: Answer, entries: FormEntries) => Promise<void>;
}

/** How a field is made hostile: replaced, or the hostile text put before or after its valid value, sent twice, as a file, as a list, or left out. */
type How = 'text' | 'append' | 'prepend' | 'twice' | 'file' | 'list' | 'missing';
type Change = { field: string; category: TextCategory | 'kind'; how: How; value: string };

export interface Attempt {
	changes: Change[];
	extras: [string, string][];
	mode: Mode;
	encoding: Encoding;
}

/** Messages for when something failed on our side: never the answer to bad input. */
const catchAll = ['signin.errors.unavailable', 'organise.errors.saveFailed', 'feedback.errors.unavailable', 'rsvp.errors.unavailable'];

const unknownNames = ['admin', 'role', 'user_id', 'id', 'status_override', '__proto__', 'constructor', 'x-sveltekit-action', '', ' ', 'a'.repeat(300), '<b data-hostile>'];

function attempts(fields: string[], kinds: Record<string, FieldKind>): fc.Arbitrary<Attempt> {
	const change = fc.constantFrom(...fields).chain((field) =>
		fc.record({
			field: fc.constant(field),
			value: kinds[field]?.length
				? fc.oneof(hostileText, fc.constantFrom(...kinds[field]).map((text) => ({ category: 'kind' as const, text })))
				: hostileText,
			how: fc.constantFrom<How>('text', 'text', 'append', 'prepend', 'twice', 'file', 'list', 'missing')
		}).map(({ field, value, how }) => ({ field, category: value.category, how, value: value.text }))
	);
	return fc.record({
		changes: fc.uniqueArray(change, { minLength: 1, maxLength: 2, selector: (c) => c.field }),
		extras: fc.array(fc.tuple(fc.constantFrom(...unknownNames), hostileText.map((t) => t.text)), { maxLength: 2 }),
		mode: fc.constantFrom('json', 'html') as fc.Arbitrary<Mode>,
		encoding: fc.constantFrom('urlencoded', 'urlencoded', 'multipart') as fc.Arbitrary<Encoding>
	});
}

/** The valid form with the attempt's changes made. */
export function entriesFor(valid: Record<string, string | string[]>, attempt: Attempt): FormEntries {
	const entries: FormEntries = [];
	for (const [name, value] of Object.entries(valid)) {
		const change = attempt.changes.find((c) => c.field === name);
		const values = Array.isArray(value) ? value : [value];
		if (!change) for (const v of values) entries.push([name, v]);
		else if (change.how === 'text') entries.push([name, change.value]);
		else if (change.how === 'append') entries.push([name, `${values[0] ?? ''}${change.value}`]);
		else if (change.how === 'prepend') entries.push([name, `${change.value}${values[0] ?? ''}`]);
		else if (change.how === 'twice') entries.push([name, change.value], [name, values[0] ?? '']);
		else if (change.how === 'file') entries.push([name, attempt.encoding === 'multipart' ? { file: change.value } : change.value]);
		else if (change.how === 'list') entries.push([name, change.value], [name, change.value], ...values.map((v): [string, string] => [name, v]));
	}
	for (const change of attempt.changes) if (!(change.field in valid) && change.how !== 'missing') entries.push([change.field, change.value]);
	return [...entries, ...attempt.extras];
}

/**
 * Deterministic first runs: each kind of hostile text once, on the fields in turn, in place
 * of or around the valid value, both ways of posting; then each field with a minimum length
 * given just that many UTF-16 units in half as many characters.
 */
function examples(fields: string[], minimums: Record<string, number> = {}): [Attempt][] {
	const short = Object.entries(minimums).map(([field, units], i): [Attempt] => [
		{ changes: [{ field, category: 'unicode', how: 'text', value: shortInCharacters(units) }], extras: [], mode: i % 2 ? 'html' : 'json', encoding: 'urlencoded' }
	]);
	const kinds = oneOfEach.map(({ category, text }, i): [Attempt] => [
		{
			changes: [{ field: fields[i % fields.length], category, how: (['text', 'append', 'prepend'] as const)[i % 3], value: text }],
			extras: i % 3 === 0 ? [['__proto__', text]] : [],
			mode: i % 2 ? 'html' : 'json',
			encoding: i % 4 === 3 ? 'multipart' : 'urlencoded'
		}
	]);
	return [...kinds, ...short];
}

/**
 * The property every form action must hold: never a 5xx; a refusal is a 4xx whose errors
 * are translation keys, on the fields that were changed, shown by those fields; nothing
 * written on a refusal; no payload ever becomes an element.
 */
export async function holdsUnderHostileInput<Ctx extends { person: Person }>(name: string, page: Page, ctx: Ctx, spec: FormSpec<NoInfer<Ctx>>, numRuns: number) {
	const tally = { accepted: 0, refused: 0, tooLarge: 0 };
	const valid = spec.valid(ctx);
	const fields = Object.keys(valid);
	const property = fc.asyncProperty(attempts(fields, spec.kinds ?? {}), async (attempt) => {
		await spec.before?.(ctx);
		const entries = entriesFor(spec.valid(ctx), attempt);
		const before = await spec.rows(ctx);
		const { size } = encode(entries, attempt.encoding);
		const answer = await post(ctx.person.request, spec.path(ctx), entries, attempt.mode, attempt.encoding);
		expect(answer.status, `a server error: ${JSON.stringify(answer.data ?? answer.html?.slice(0, 300))}`).toBeLessThan(500);
		if (size > bodyLimit) {
			// Refused before the action could read it; its message is checked by hostile-body.e2e.ts.
			expect(answer.status).toBe(413);
			expect(await spec.rows(ctx)).toEqual(before);
			tally.tooLarge++;
			return;
		}
		expect(answer.type, `an error: ${JSON.stringify(answer.data ?? answer.html?.slice(0, 300))}`).not.toBe('error');

		if (answer.type === 'redirect' || answer.type === 'success') tally.accepted++;
		else tally.refused++;
		if (answer.type === 'redirect') {
			// Redirects are how actions say "done" (or "sign in first"); nothing to check on the form.
			if (spec.allowedRedirect?.(answer.location ?? '') === false) throw new Error(`unexpected redirect to ${answer.location}`);
			await spec.accepted?.(ctx, answer, entries);
			return;
		}
		if (answer.type === 'success') {
			if (answer.html) expect((await shown(page, answer.html)).injected).toEqual([]);
			await spec.accepted?.(ctx, answer, entries);
			return;
		}

		// Refused: a 4xx, and the database holds exactly what it held.
		expect(answer.status).toBeGreaterThanOrEqual(400);
		expect(await spec.rows(ctx)).toEqual(before);
		const changed = new Set(attempt.changes.flatMap((c) => [c.field, ...(spec.related?.[c.field] ?? [])]));
		const errorsOf = (data: Record<string, unknown>) =>
			Object.fromEntries(Object.entries(spec.errors(data)).map(([field, key]) => [spec.controls?.[field] ?? field, key]));
		if (answer.data) {
			const errors = errorsOf(answer.data);
			expect(Object.keys(errors).length, `a refusal with no message: ${JSON.stringify(answer.data).slice(0, 300)}`).toBeGreaterThan(0);
			for (const [field, key] of Object.entries(errors)) {
				expect(englishText(key), `${key} is not a translated message`).toBeDefined();
				expect(catchAll, `${key}: bad input answered as if the app had failed`).not.toContain(key);
				expect(changed, `an error for ${field} (${key}) when ${[...changed].join(', ')} changed`).toContain(field);
			}
		}
		if (answer.html) {
			const page$ = await shown(page, answer.html);
			expect(page$.injected).toEqual([]);
			// The HTML carries the same refusal: find each message the JSON form would give, by its field.
			const json = await post(ctx.person.request, spec.path(ctx), entries, 'json', attempt.encoding);
			expect(json.type).toBe('failure');
			const errors = errorsOf(json.data ?? {});
			const check$ = await shown(page, answer.html, Object.entries(errors).map(([field, key]) => ({ field, key })));
			for (const message of check$.messages) expect(message, `${message.key} shown by ${message.field}`).toMatchObject({ byField: true });
		}
	});
	await check(name, property, runs(numRuns, spec.examples === false ? [] : examples(fields, spec.minimums)));
	console.log(`${name}: ${tally.accepted} accepted, ${tally.refused} refused by a field, ${tally.tooLarge} too large`);
}

/** A listed helper in Bristol, someone else's, made directly in the database. */
export async function listingBySomeoneElse(name = 'Someone Else') {
	const [user] = await sql<{ id: string }>('insert into auth.users (email) values ($1) returning id', [freshEmail('hostile-listed')]);
	const [helper] = await sql<{ id: string }>(
		`insert into public.helpers (user_id, kind, community_id, display_name, summary, modes, languages)
		 values ($1, 'member', $2, $3, 'I can help with phones and laptops.', '{online}', '{en}') returning id`,
		[user.id, bristol, name]
	);
	return helper.id;
}

/**
 * A search form (GET): its query made hostile the same ways. Never a 5xx, never an
 * injected element in what is shown back.
 */
export async function searchHoldsUnderHostileInput(name: string, page: Page, person: Person, path: string, valid: Record<string, string | string[]>, numRuns: number) {
	const fields = Object.keys(valid);
	const property = fc.asyncProperty(attempts(fields, {}), async (attempt) => {
		const query = new URLSearchParams();
		for (const [field, value] of entriesFor(valid, attempt)) query.append(field, typeof value === 'string' ? value : value.file);
		const url = `${path}?${query}`;
		// Longer than a server takes as a request line: refused before the app (414 or 431), never a 5xx.
		const response = await person.request.get(url, { headers: { accept: 'text/html' }, maxRedirects: 0 });
		expect(response.status(), url.slice(0, 300)).toBeLessThan(500);
		if (response.status() === 200) expect((await shown(page, await response.text())).injected).toEqual([]);
	});
	await check(name, property, runs(numRuns, examples(fields)));
}
