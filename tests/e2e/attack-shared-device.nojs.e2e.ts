// Without JavaScript: a visitor's welcome answers are offered to the member who signs in next, and forgotten on asking.
import { expect, test } from '@playwright/test';
import { sql } from './db';
import { freshEmail, signIn } from './session';

test('without JavaScript, a visitor’s needs are offered, not merged, and forgotten', async ({ page }) => {
	await page.goto('/welcome/access');
	await page.getByLabel('Live captions').check();
	await page.getByLabel('Step-free way in').check();
	await page.getByRole('button', { name: 'Save and go on' }).click();
	// A visitor's answers last three hours on the device, out of reach of scripts.
	const kept = (await page.context().cookies()).find((cookie) => cookie.name === 'welcome');
	expect(kept?.httpOnly).toBe(true);
	expect(Math.abs(kept!.expires - (Date.now() / 1000 + 3 * 60 * 60))).toBeLessThan(120);
	const email = freshEmail('nojs-next-person');
	await signIn(page, email, '/welcome/access');
	const offer = page.getByRole('region', { name: 'Answers from before you signed in' });
	await expect(offer).toContainText('2 access needs');
	await offer.getByRole('button', { name: 'Forget them' }).click();
	await expect(page.getByText('Forgotten: they are no longer on this device.')).toBeVisible();
	const [{ access_needs }] = await sql<{ access_needs: string[] }>('select p.access_needs from public.member_private p join auth.users u on u.id = p.user_id where u.email = $1', [email]);
	expect(access_needs).toEqual([]);
});
