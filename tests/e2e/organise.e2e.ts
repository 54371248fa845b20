import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectFieldError, fact, fillEvent, inDays, unique } from './organise-helpers';
import { appUrl, signIn } from './session';

const bristol = '11111111-1111-4111-8111-111111111111';
const library = 'Central Library, Bristol';

// One organiser session for the whole file: codes are rate-limited per address.
test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
const title = unique('Digital help evening');
const date = inDays(30);

test.beforeAll(async ({ browser }) => {
	context = await browser.newContext({ ...devices['Pixel 7'], baseURL: appUrl });
	page = await context.newPage();
	await signIn(page, 'organiser@example.org', '/organise');
});

test.afterAll(() => context.close());

test('an organiser publishes an event with access facts, after the checklist warns', async () => {
	await expect(page.locator('h1')).toHaveText('Organise events');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'New event' }).click();
	await fillEvent(page, { title, date, venue: library });
	await fact(page, 'captions', 'yes');
	await fact(page, 'loud', 'no');
	await page.getByRole('button', { name: 'Check and publish' }).click();

	await expect(page.locator('h1')).toHaveText(`Before you publish “${title}”`);
	const warning = page.getByText('People will see “not confirmed” for:');
	await expect(warning).toContainText('Large print');
	await expect(warning).toContainText('Staff who sign');
	await expect(warning).not.toContainText('Live captions');
	await expect(warning).not.toContainText('Hearing loop');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Publish anyway' }).click();

	await expect(page.locator('#main').getByRole('status')).toHaveText('Published. People can now find this event.');
	const upcoming = page.getByRole('heading', { name: 'Coming up' }).locator('xpath=following-sibling::ul[1]');
	await expect(upcoming.getByRole('link', { name: title })).toBeVisible();
});

test('bad input gets messages by the fields, and nothing typed is lost', async () => {
	await page.goto('/organise/events/new');
	await page.locator('[name=summary]').fill('Keep what I typed');
	await page.locator('[name=date]').fill(date);
	await page.locator('[name=start]').fill('19:00');
	await page.locator('[name=end]').fill('18:00');
	await page.getByRole('radio', { name: 'Online', exact: true }).check();
	await page.locator('[name=joinUrl]').fill('http://meet.example.org/room');
	await page.getByRole('button', { name: 'Save as draft' }).click();

	const summary = page.locator('#main').getByRole('alert');
	await expect(summary.getByRole('heading')).toHaveText('Please fix these things');
	await expect(summary.getByRole('link')).toHaveCount(3);
	await expect(summary).toBeFocused();
	await expectFieldError(page, 'title', 'Please fill this in.');
	await expectFieldError(page, 'end', 'The end time must be after the start time.');
	await expectFieldError(page, 'joinUrl', 'Please give a full link that starts with https://');
	await expect(page.getByLabel('Name of the event')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('[name=summary]')).toHaveValue('Keep what I typed');
	await expect(page.locator('[name=joinUrl]')).toHaveValue('http://meet.example.org/room');
	await expect(page.locator('[name=end]')).toHaveValue('18:00');
	await expect(page.getByRole('radio', { name: 'Online', exact: true })).toBeChecked();
	await expectNoAxeViolations(page);

	await summary.getByRole('link', { name: /^Name of the event/ }).click();
	await expect(page.getByLabel('Name of the event')).toBeFocused();
});

test('duplicate makes a draft four weeks later', async () => {
	await page.goto('/organise');
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByLabel('How many weeks later?')).toHaveValue('4');
	await page.getByRole('button', { name: 'Make a copy' }).click();
	await expect(page.locator('#main').getByRole('status')).toHaveText('Here is your copy. It is a draft until you publish it.');
	await expect(page.locator('[name=date]')).toHaveValue(new Date(Date.parse(date) + 28 * 86_400_000).toISOString().slice(0, 10));
	await expect(page.locator('[name=start]')).toHaveValue('18:30');
	await expect(page.locator('[name=title]')).toHaveValue(title);
	await expect(page.locator('input[name="fact.captions"][value="yes"]')).toBeChecked();
	await expect(page.getByText('Draft', { exact: true })).toBeVisible();
});

test('cancelling needs a reason, which people then see', async () => {
	await page.goto('/organise');
	await page.getByRole('heading', { name: 'Coming up' }).locator('xpath=following-sibling::ul[1]').getByRole('link', { name: title }).click();
	await page.getByRole('button', { name: 'Cancel the event' }).click();
	await expectFieldError(page, 'reason', 'Please tell people why the event is cancelled.');
	await page.getByLabel('Why is it cancelled?').fill('The library is closed for repairs.');
	await page.getByRole('button', { name: 'Cancel the event' }).click();
	await expect(page.locator('#main').getByRole('status')).toHaveText('The event is cancelled. People will see your reason.');
	const cancelled = page.getByRole('heading', { name: 'Cancelled' }).locator('xpath=following-sibling::ul[1]');
	await cancelled.getByRole('link', { name: title }).click();
	await expect(page.getByText('The library is closed for repairs.')).toBeVisible();
});

test('a venue is saved with its access facts and more stop rows', async () => {
	await page.goto(`/organise/venues/new?community=${bristol}`);
	await expect(page.getByRole('group', { name: /^Stop \d$/ })).toHaveCount(3);
	await expectNoAxeViolations(page);
	const name = unique('Easton Hall');
	await page.getByLabel('Name of the venue').fill(name);
	await page.getByRole('radio', { name: 'Fully wheelchair accessible' }).check();
	await fact(page, 'hasInductionLoop', 'yes');
	await page.getByRole('button', { name: 'Add another stop' }).click();
	await expect(page.getByRole('group', { name: /^Stop \d$/ })).toHaveCount(4);
	await expect(page.getByLabel('Name of the venue')).toHaveValue(name);
	await page.locator('[name="stop0.name"]').fill('Easton Way');
	await page.locator('[name="stop0.lines"]').fill('48, 49');
	await page.locator('[name="stop0.walk"]').fill('soon');
	await page.getByRole('button', { name: 'Save venue' }).click();
	await expectFieldError(page, 'stop0.walk', 'Please give the minutes as a whole number, like 5.');
	await page.locator('[name="stop0.walk"]').fill('3');
	await page.getByRole('button', { name: 'Save venue' }).click();
	await expect(page.locator('#main').getByRole('status')).toHaveText('The venue is saved.');
	await page.getByRole('link', { name }).click();
	await expect(page.locator('input[name="fact.hasInductionLoop"][value="yes"]')).toBeChecked();
	await expect(page.locator('[name="stop0.lines"]')).toHaveValue('48, 49');
});

test('the organiser pages pass axe in Arabic, errors and checklist included', async () => {
	await context.addCookies([{ name: 'lang', value: 'ar', url: appUrl }]);
	try {
		await page.goto('/organise');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('h1')).toHaveText('تنظيم الفعاليات');
		await expectNoAxeViolations(page);

		await page.goto('/organise/events/new');
		await page.locator('form button.button:not(.secondary)').click();
		await expectFieldError(page, 'title', 'يُرجى ملء هذا الحقل.');
		await expectNoAxeViolations(page);

		await fillEvent(page, { title: unique('لقاء'), date, venue: library });
		await page.locator('button[formaction="?/publish"]').click();
		await expect(page.getByText('سيرى الناس «غير مؤكد» في:')).toBeVisible();
		await expectNoAxeViolations(page);

		await page.goto('/organise/venues/new');
		await expectNoAxeViolations(page);
	} finally {
		await context.clearCookies({ name: 'lang' });
	}
});

test.describe('people who organise nothing', () => {
	test('signed out, /organise asks them to sign in first', async ({ page: visitor }) => {
		await visitor.goto('/organise/events/new');
		await expect(visitor).toHaveURL('/signin?next=%2Forganise%2Fevents%2Fnew');
	});

	test('a member sees an explanation, and the database refuses their posts', async ({ page: member }) => {
		await signIn(member, 'member@example.org', '/organise');
		await expect(member.locator('h1')).toHaveText('This is for organisers');
		await member.goto('/organise/events/new');
		await expect(member.locator('h1')).toHaveText('This is for organisers');
		await expect(member.locator('form[action="?/save"]')).toHaveCount(0);

		const response = await member.request.post('/organise/events/new?/save', {
			headers: { origin: appUrl, accept: 'text/html' },
			form: { community: bristol, title: 'Not mine to make', format: 'online', date, start: '18:00', end: '19:00', timeZone: 'Europe/London', languages: 'en', cost: 'free' }
		});
		expect(response.status()).toBe(403);
		const html = await response.text();
		expect(html).toContain('This is for organisers');
		expect(html).toContain('Only organisers of this community can do this.');
	});
});

// Needs the events list (/events) from the events branch.
test('a signed-out visitor finds the published event on /events', async ({ browser }) => {
	const visitor = await browser.newPage({ baseURL: appUrl });
	// Looked for by its words: the list opens at the 20 soonest, and other tests add events too.
	await visitor.goto(`/events?q=${encodeURIComponent(title)}`);
	await expect(visitor.getByText(title).first()).toBeVisible();
	await visitor.close();
});
