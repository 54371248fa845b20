import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
