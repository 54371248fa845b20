// Without JavaScript: the co-host boxes keep what was ticked after bad input and save; the
// co-host's read (a plain POST) shows the request; the member's page lists the read.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sql } from './db';
import { expectFieldError, fillEvent, inDays, unique } from './organise-helpers';
import { appUrl, freshEmail, signIn } from './session';

test.setTimeout(120_000);

async function personAt(browser: Browser, email: string, next: string): Promise<Page> {
	const page = await (await browser.newContext({ baseURL: appUrl, javaScriptEnabled: false })).newPage();
	await signIn(page, email, next);
	return page;
}

test('without JavaScript, name a co-host, who reads the request; the member sees the read', async ({ browser }) => {
	const organiser = await personAt(browser, 'organiser@example.org', '/organise/events/new');
	const coHost = organiser.getByRole('checkbox', { name: 'Tom Coordinator' });
	await coHost.check();
	await organiser.locator('[name=capacity]').fill('lots');
	await organiser.getByRole('button', { name: 'Save as draft' }).click();
	await expectFieldError(organiser, 'capacity', 'Please give a whole number, or leave it empty.');
	await expect(coHost).toBeChecked();

	await organiser.locator('[name=capacity]').fill('');
	await fillEvent(organiser, { title: unique('No-JS co-hosted'), date: inDays(21), venue: 'Central Library, Bristol' });
	await organiser.getByRole('button', { name: 'Save as draft' }).click();
	await organiser.waitForURL(/\/organise\/events\/[0-9a-f-]+\/edit\?done=saved$/);
	await expect(organiser.getByRole('checkbox', { name: 'Tom Coordinator' })).toBeChecked();
	const id = new URL(organiser.url()).pathname.split('/')[3];
	await sql(`update public.events set status = 'published' where id = $1`, [id]);

	const member = await personAt(browser, freshEmail('nojs-co-host-member'), `/events/${id}/rsvp`);
	await member.getByLabel('Anything the organisers should know so you can take part?').fill('A chair with arms, please.');
	await member.getByRole('button', { name: "I'm going" }).click();
	await expect(member.getByText("Done: you're going.")).toBeVisible();

	const coordinator = await personAt(browser, 'coordinator@example.org', `/organise/people/${id}`);
	await coordinator.getByRole('button', { name: 'Read access requests' }).click();
	await expect(coordinator.getByRole('cell', { name: 'A chair with arms, please.' })).toBeVisible();

	await member.reload();
	await expect(member.getByRole('region', { name: 'Who has read your access request' }).getByRole('listitem')).toContainText('Tom Coordinator');
});
