import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { appUrl } from './session';

/** WCAG 2.2 A and AA; `wcag22aa` is what turns on the 44 px target-size rule. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = violations.map((v) => ({
		rule: v.id,
		impact: v.impact,
		targets: v.nodes.map((n) => n.target.join(' '))
	}));
	expect(summary).toEqual([]);
}

/** For pages served without JavaScript (axe needs scripts): the same page, as the same person, in a context that runs them. */
export async function expectNoAxeViolationsAsServed(page: Page, lang?: 'ar') {
	const withScripts = await page.context().browser()!.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
	if (lang) await withScripts.addCookies([{ name: 'lang', value: lang, url: appUrl }]);
	const copy = await withScripts.newPage();
	await copy.goto(page.url());
	await expectNoAxeViolations(copy);
	await withScripts.close();
}
