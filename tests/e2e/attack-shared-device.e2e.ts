// Attacks on a shared device (issue 15, part 6): the next person at a library computer looks
// for what the last one left: their pages kept for offline use, their browser's cache,
// answers waiting to be sent, and a visitor's welcome answers landing in their own account.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { makeEvent, sql } from './db';
import { appUrl, freshEmail, signIn } from './session';

test.setTimeout(120_000);

const keptPages = (page: Page) =>
	page.evaluate(async () => {
		if (!(await caches.has('pages'))) return [];
		return (await (await caches.open('pages')).keys()).map((request) => new URL(request.url).pathname);
	});

const queued = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('hearth-outbox');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('queue')) return resolve(0);
					const count = db.transaction('queue').objectStore('queue').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);

test('signing out on a shared computer leaves nothing of the person: no pages kept, nothing waiting, no cache', async ({ page, context }) => {
	const id = await makeEvent('Shared device: workshop', 10);
	const email = freshEmail('library-computer');
	await signIn(page, email, `/events/${id}/rsvp`);
	await page.getByLabel('Anything the organisers should know so you can take part?').fill('I use a wheelchair: step-free route please.');
	await page.getByRole('button', { name: "I'm going" }).click();
	await expect(page.getByText("Done: you're going.")).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });

	// Pages opened while the worker is in control, as someone would browse.
	for (const path of ['/me/profile', '/welcome/access', `/events/${id}/rsvp`, `/events/${id}`, '/me']) {
		const response = await page.goto(path);
		if (path !== `/events/${id}`) expect(response?.headers()['cache-control'], path).toBe('private, no-store');
	}
	await expect.poll(() => keptPages(page), { timeout: 10_000 }).toContain(`/events/${id}`);
	const kept = await keptPages(page);
	for (const personal of ['/me', '/me/profile', '/welcome/access', `/events/${id}/rsvp`]) expect(kept, personal).not.toContain(personal);
	// The event page is kept, but without the request: that stays on the RSVP page.
	const keptEvent = await page.evaluate(async (path) => (await (await caches.open('pages')).match(path))?.text(), `/events/${id}`);
	expect(keptEvent).toContain('Shared device: workshop');
	expect(keptEvent).not.toContain('step-free route please');

	// Something queued offline and not yet sent, as the person walks away.
	await page.evaluate(
		(eventId) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('hearth-outbox');
				open.onsuccess = () => {
					const tx = open.result.transaction('queue', 'readwrite');
					tx.objectStore('queue').add({ intent: { kind: 'rsvp', eventId, eventTitle: 'Shared device: workshop', status: 'cancelled', companion: false, accessRequests: null }, queuedAt: new Date().toISOString() });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		id
	);
	expect(await queued(page)).toBe(1);

	// The connection drops whenever the app tries to send it, so it stays waiting; signing out
	// says first what would be lost, and the second press signs out.
	await context.route(`**/events/${id}/rsvp`, (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
	await page.goto('/me');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		"Something you did while offline has not been sent yet: Shared device: workshop. If you sign out now, it will not be sent. Stay signed in until you're back online, and Hearth will send it."
	);
	expect(await queued(page)).toBe(1);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Sign out anyway' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
	await expect.poll(() => keptPages(page)).toEqual([]);
	await expect.poll(() => queued(page)).toBe(0);
	await expectNoAxeViolations(page);

	// Back, as the next person would press it: the personal page comes again from the server, signed out.
	await page.goBack();
	await expect(page).toHaveURL(/\/me$/);
	await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
	await expect(page.locator('body')).not.toContainText(email);
	expect((await context.cookies()).filter((cookie) => cookie.name.startsWith('sb-'))).toEqual([]);
});

// A browser that ignores Clear-Site-Data (Safari before 17, Firefox before 132 ignore "cache"):
// the header is taken off the answer, and the page signing out lands on forgets by itself.
test('where the browser ignores Clear-Site-Data, the signed-out page itself forgets the kept pages and the answers', async ({ page, context }) => {
	const id = await makeEvent('Shared device: no Clear-Site-Data', 10);
	await signIn(page, freshEmail('old-browser'), `/events/${id}`);
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
	await page.reload();
	await expect.poll(() => keptPages(page), { timeout: 10_000 }).toContain(`/events/${id}`);
	// An answer the server gave, waiting to be shown: the outbox's other store.
	await page.evaluate(
		(eventId) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('hearth-outbox');
				open.onsuccess = () => {
					const tx = open.result.transaction('outcomes', 'readwrite');
					tx.objectStore('outcomes').add({ intent: { kind: 'rsvp', eventId, eventTitle: 'x', status: 'going', companion: false, accessRequests: null }, result: { status: 'going' }, at: new Date().toISOString() });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		id
	);
	await context.route('**/signout', async (route) => {
		const answer = await route.fetch({ maxRedirects: 0 });
		const headers = { ...answer.headers() };
		delete headers['clear-site-data'];
		await route.fulfill({ response: answer, headers });
	});
	await page.goto('/me');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
	await expect.poll(() => keptPages(page)).toEqual([]);
	const outcomes = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const open = indexedDB.open('hearth-outbox');
					open.onsuccess = () => {
						const count = open.result.transaction('outcomes').objectStore('outcomes').count();
						count.onsuccess = () => resolve(count.result);
					};
				})
		);
	await expect.poll(outcomes).toBe(0);
});

const tickNeedAsVisitor = async (page: Page) => {
	await page.goto('/welcome/access');
	await page.getByLabel('Live captions').check();
	await page.getByRole('button', { name: 'Save and go on' }).click();
	await page.waitForURL(/\/welcome\/area/);
	expect((await page.context().cookies()).some((cookie) => cookie.name === 'welcome')).toBe(true);
};

const needsOf = async (email: string) =>
	(await sql<{ access_needs: string[] }>('select p.access_needs from public.member_private p join auth.users u on u.id = p.user_id where u.email = $1', [email]))[0].access_needs;

test("a visitor's access needs never land in the next account unasked: offered by kind, forgotten or added", async ({ browser }) => {
	for (const choice of ['Forget them', 'Add them to my account'] as const) {
		const page = await (await browser.newContext({ baseURL: appUrl })).newPage();
		await tickNeedAsVisitor(page);
		// Someone else sits down and signs in.
		const email = freshEmail('next-person');
		await signIn(page, email, '/welcome/access');
		expect(await needsOf(email)).toEqual([]);
		await expect(page.getByLabel('Live captions')).not.toBeChecked();
		const offer = page.getByRole('region', { name: 'Answers from before you signed in' });
		// Kinds and counts, never which need.
		await expect(offer).toContainText('1 access need');
		await expect(offer).not.toContainText('captions');
		await expectNoAxeViolations(page);

		await offer.getByRole('button', { name: choice }).click();
		await expect(page.getByRole('status').filter({ hasText: choice === 'Forget them' ? 'Forgotten' : 'Added' })).toBeVisible();
		await expect(offer).toHaveCount(0);
		expect(await needsOf(email)).toEqual(choice === 'Forget them' ? [] : ['captions']);
		expect((await page.context().cookies()).some((cookie) => cookie.name === 'welcome')).toBe(false);
		await page.context().close();
	}
});

test('signing out forgets the welcome answers kept on the device', async ({ page, context }) => {
	await signIn(page, freshEmail('signs-out'), '/me');
	await context.addCookies([{ name: 'welcome', value: JSON.stringify({ done: ['access'], skipped: [], answers: { needs: ['captions'] } }), url: appUrl }]);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.waitForURL(/\?signed-out/);
	expect((await context.cookies()).some((cookie) => cookie.name === 'welcome')).toBe(false);
});

// The new states in a right-to-left language: the offer of a visitor's answers, the event
// page that links to a saved request, the notice after signing out; and the organiser's
// members page and who's coming, with its "read access requests" button.
test('in Arabic: the offer, the event page with a saved request, signing out, members and who is coming pass axe', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: appUrl });
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	const page = await context.newPage();
	await page.goto('/welcome/access');
	await page.locator('input[name="need"][value="captions"]').check();
	await page.locator('.actions button.button:not(.secondary)').click();
	await page.waitForURL(/\/welcome\/area/);
	await signIn(page, freshEmail('arabic-device'), '/welcome/access');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('region', { name: 'إجابات من قبل تسجيل دخولك' })).toContainText('احتياج وصول واحد');
	await expectNoAxeViolations(page);

	const id = await makeEvent('Shared device: Arabic', 10);
	await page.goto(`/events/${id}/rsvp`);
	await page.locator('#rsvp-access').fill('مقعد قرب الباب من فضلك');
	await page.locator('button[name="status"][value="going"]').click();
	await page.waitForURL(/result=going/);
	await page.goto(`/events/${id}`);
	await expect(page.getByRole('link', { name: 'لقد أخبرت مستضيفي هذه الفعالية بما تحتاجه للمشاركة. اطّلع عليه أو غيّره في صفحة ردّك.' })).toBeVisible();
	await expect(page.locator('#rsvp-access')).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.goto('/me');
	await page.locator('form[action="/signout"] button').click();
	await page.waitForURL(/\?signed-out/);
	await expect(page.getByRole('status').filter({ hasText: 'لقد سجّلت الخروج' })).toBeVisible();
	await expectNoAxeViolations(page);
	await context.close();

	// Signed in first in English: signing in saves the page's language to an account that has
	// none, and the other tests read the demo organiser's pages in English.
	const organiserContext = await browser.newContext({ baseURL: appUrl });
	const organiser = await organiserContext.newPage();
	await signIn(organiser, 'organiser@example.org', '/organise');
	await organiserContext.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	await organiser.goto('/organise/members/11111111-1111-4111-8111-111111111111');
	await expect(organiser.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoAxeViolations(organiser);
	await organiser.goto(`/organise/people/${id}`);
	await expect(organiser.locator('form button').first()).toBeVisible();
	await expectNoAxeViolations(organiser);
	// The table as it is once a host has asked to read the requests: the extra column, the notice.
	await organiser.locator('form[action="?/readRequests"] button').click();
	await expect(organiser.getByRole('cell', { name: 'مقعد قرب الباب من فضلك' })).toBeVisible();
	await expectNoAxeViolations(organiser);
	await organiserContext.close();
});
