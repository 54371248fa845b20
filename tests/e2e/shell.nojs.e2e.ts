import { expect, test } from '@playwright/test';

test('the main pages render without JavaScript', async ({ page }) => {
	for (const [route, heading] of [
		['/', 'Welcome to Hearth'],
		['/events', 'Events'],
		['/near-me', 'Help near me'],
		['/me', 'Me'],
		['/offline', 'You are offline']
	]) {
		await page.goto(route);
		await expect(page.locator('h1')).toHaveText(heading);
	}
});

test('navigation works without JavaScript', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Near me' }).click();
	await expect(page).toHaveURL('/near-me');
	await expect(page.locator('h1')).toHaveText('Help near me');
});

test('changing language works without JavaScript and is remembered', async ({ page }) => {
	await page.goto('/me?from=test');
	await page.getByRole('button', { name: 'Cymraeg' }).click();
	await expect(page).toHaveURL('/me?from=test');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.locator('h1')).toHaveText('Fi');
	await expect(page.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-current', 'true');

	await page.goto('/events');
	await expect(page.locator('h1')).toHaveText('Digwyddiadau');

	await page.goto('/me');
	await page.getByRole('button', { name: 'العربية' }).click();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText('أنا');
});
