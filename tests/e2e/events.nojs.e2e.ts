import { expect, test } from '@playwright/test';
import { makeEvents } from './db';

test('the filter form works without JavaScript, and the URL can be shared', async ({ page }) => {
	await page.goto('/events');
	await page.getByText('Filters', { exact: true }).click();
	await page.getByLabel('Near a town or postcode').fill('Bristol');
	await page.getByLabel('How far').selectOption('10');
	await page.getByLabel('Step-free way in').check();
	await page.getByRole('button', { name: 'Show events' }).click();
	await expect(page).toHaveURL(/near=Bristol/);
	await expect(page).toHaveURL(/within=10/);
	await expect(page).toHaveURL(/need=stepFreeEntrance/);
	const results = page.getByRole('region', { name: 'Events that match' });
	await expect(results.getByRole('heading', { name: 'Bristol Community Tech monthly meetup' })).toBeVisible();
	await expect(results.getByRole('heading', { name: 'Website clinic for small charities' })).toHaveCount(0);
	await expect(results.getByRole('heading', { name: 'Tech for Good social' })).toHaveCount(0);
	// Without JavaScript there is no location button: typing a place is the way.
	await expect(page.getByRole('button', { name: 'Use where I am now' })).toHaveCount(0);

	await page.getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page).toHaveURL('/events');
});

test('an event page is complete without JavaScript: address, directions, travel, calendar', async ({ page }) => {
	await page.goto('/events?shown=200');
	await page.getByRole('link', { name: 'Bristol Community Tech monthly meetup' }).click();
	await expect(page.locator('h1')).toHaveText('Bristol Community Tech monthly meetup');
	await expect(page.locator('address')).toContainText('College Green');
	await expect(page.getByRole('link', { name: 'Directions on OpenStreetMap' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'How to get there' })).toContainText('Bus: College Green');
	// The map needs JavaScript; its button is not offered without it.
	await expect(page.getByRole('button', { name: 'Show map' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Download a calendar file (.ics)' })).toHaveAttribute('href', /calendar\.ics$/);
});

test('without JavaScript, "show more events" adds the next 20 to the list', async ({ page }) => {
	const word = `NoScriptPaging${Date.now().toString(36)}`;
	await makeEvents(word, 22);
	await page.goto(`/events?q=${word}`);
	const cards = page.getByRole('region', { name: 'Events that match' }).getByRole('article');
	await expect(cards).toHaveCount(20);
	await page.getByRole('link', { name: 'Show more events' }).click();
	await expect(cards).toHaveCount(22);
	await expect(page.getByText('Showing 22 of 22 events')).toBeVisible();
});
