// The one accessibility check every page and state goes through (settings as in TESTING.md).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Experimental rules axe leaves off unless named. */
export const AXE_EXPERIMENTAL_RULES = ['label-content-name-mismatch', 'css-orientation-lock', 'p-as-heading'];

const CONTRAST_RULES = new Set(['color-contrast', 'color-contrast-enhanced']);

/**
 * axe in the page's own frame. By default @axe-core/playwright runs axe in parts, one per frame, and finishes in a
 * new blank page it opens for each check: 1.3-4.4 s a check on this machine, against 0.5-0.7 s here with the same
 * results (46 rules passed, 47 inapplicable on the reader at 320 px). Lectern's pages have no frames.
 */
const axeOn = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/**
 * Runs axe over the page as it is now; `state` names it in the failure message. `include` narrows it to one
 * part (a selector) when the rest of the page, unchanged, was just checked in the same settings.
 */
export async function expectNoAxeViolations(page: Page, state: string, include?: string): Promise<void> {
	const builder = axeOn(page);
	if (include) builder.include(include);
	const results = await builder
		.options({
			runOnly: { type: 'tag', values: AXE_TAGS },
			// Every node is still checked; only violations and undecided results carry all their nodes back.
			resultTypes: ['violations', 'incomplete'],
			rules: Object.fromEntries(AXE_EXPERIMENTAL_RULES.map((id) => [id, { enabled: true }]))
		})
		.analyze();

	const ran = new Set(
		[...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map(
			(r) => r.id
		)
	);
	for (const rule of ['color-contrast-enhanced', 'target-size', ...AXE_EXPERIMENTAL_RULES]) {
		expect(ran, `axe rule ${rule} must run (${state})`).toContain(rule);
	}

	const describe = (list: typeof results.violations) =>
		list.map((r) => `${r.id}: ${r.help}\n  ${r.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
	expect(describe(results.violations), `axe violations (${state})`).toEqual([]);
	// Contrast axe cannot decide (text over images, gradients) counts as a failure, not a pass. Text in a bar
	// fixed over the page (the read-aloud bar, the status toast) partly covers the article, which axe cannot
	// decide; it is checked again with the page scrolled to its end, where the bars cover only the space kept free
	// for them (TESTING.md: scroll it clear and check again).
	let undecidedContrast = results.incomplete.filter((r) => CONTRAST_RULES.has(r.id));
	const inFixedBars = undecidedContrast.flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
	if (inFixedBars.length > 0 && (await allInFixedBars(page, inFixedBars))) {
		const scrolledTo = await page.evaluate(() => window.scrollY);
		await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
		const again = await axeOn(page)
			.include(inFixedBars)
			.options({
				runOnly: { type: 'rule', values: [...CONTRAST_RULES] },
				resultTypes: ['violations', 'incomplete']
			})
			.analyze();
		await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), scrolledTo);
		expect(describe(again.violations), `axe contrast violations in the fixed bars (${state})`).toEqual([]);
		undecidedContrast = again.incomplete.filter((r) => CONTRAST_RULES.has(r.id));
	}
	expect(describe(undecidedContrast), `axe could not decide contrast (${state})`).toEqual([]);
}

/** Whether every selector names an element inside the read-aloud bar or the status toast (both fixed). */
function allInFixedBars(page: Page, selectors: string[]): Promise<boolean> {
	return page.evaluate(
		(selectors) =>
			selectors.every((selector) => document.querySelector(selector)?.closest('section.player, .app-status')),
		selectors
	);
}
