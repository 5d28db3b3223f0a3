// What axe cannot see (TESTING.md): target sizes, horizontal scroll, clipping under text spacing, focus.
import { expect, type Page } from '@playwright/test';

const FOCUSABLE =
	'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

/** WCAG 1.4.12's text-spacing override, applied through the CSSOM (the page's CSP forbids inline styles). */
export async function applyTextSpacingOverride(page: Page): Promise<void> {
	await page.evaluate(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(
			'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
				' p { margin-bottom: 2em !important; }'
		);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
}

/** Sets the root font size (as a browser's text-size setting would) through the CSSOM. */
export async function setRootFontSize(page: Page, percent: number): Promise<void> {
	await page.evaluate((value) => {
		document.documentElement.style.setProperty('font-size', `${value}%`, 'important');
	}, percent);
}

export async function expectNoHorizontalScroll(page: Page, state: string): Promise<void> {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `horizontal scroll (${state})`).toBeLessThanOrEqual(clientWidth);
}

/** Elements whose content overflows a box that hides or scrolls it: text a reader cannot see. */
export async function expectNothingClipped(page: Page, state: string): Promise<void> {
	const clipped = await page.evaluate(() => {
		const found: string[] = [];
		for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
			const style = getComputedStyle(element);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			if (element.closest('.visually-hidden')) continue;
			const hidesX = style.overflowX !== 'visible';
			const hidesY = style.overflowY !== 'visible';
			const overX = hidesX && element.scrollWidth > element.clientWidth + 1;
			const overY = hidesY && element.scrollHeight > element.clientHeight + 1;
			if (overX || overY) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
		}
		const page = document.documentElement;
		if (page.scrollWidth > page.clientWidth) found.push('html (horizontal scroll)');
		return found;
	});
	expect(clipped, `clipped content (${state})`).toEqual([]);
}

/** Every visible control is at least 44 × 44 CSS pixels (WCAG 2.5.5, AAA). */
export async function expectTargetsAtLeast44px(page: Page, state: string): Promise<void> {
	const small = await page.evaluate((selector) => {
		const found: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>(selector)) {
			// A radio or checkbox inside its label is activated by the whole label: that is its target.
			const label = element.matches('input[type="radio"], input[type="checkbox"]')
				? element.closest('label')
				: null;
			const box = (label ?? element).getBoundingClientRect();
			const style = getComputedStyle(element);
			if (box.width === 0 || style.visibility === 'hidden' || box.bottom < 0) continue;
			if (box.width < 44 || box.height < 44) {
				found.push(
					`${element.tagName.toLowerCase()} "${element.textContent?.trim()}" ${box.width}×${box.height}`
				);
			}
		}
		return found;
	}, FOCUSABLE);
	expect(small, `targets under 44 × 44 px (${state})`).toEqual([]);
}

/**
 * Tabs through the page to its end: each stop shows a focus indicator and is not hidden off-screen or under a
 * bar. Returns the number of stops. The page may change while it is tabbed through (news in the status toast
 * leaves after a few seconds), so the end is where Tab leaves the document; focus falling to the page before
 * the last control that is still there fails.
 */
export async function expectFocusAlwaysVisible(page: Page, state: string): Promise<number> {
	// Start at the first stop of the page (focusing it moves the sequential focus starting point there too),
	// after a key press, so the browser treats the focus as keyboard focus (:focus-visible) as Tab would.
	await page.keyboard.press('Shift');
	await page.evaluate((selector) => {
		scrollTo({ top: 0, behavior: 'instant' });
		document.querySelector<HTMLElement>(selector)?.focus();
	}, FOCUSABLE);
	const measure = () =>
		page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			// Marked so the next stop can tell whether focus left the end of the page or fell out of it early.
			document.querySelector('[data-last-tab-stop]')?.removeAttribute('data-last-tab-stop');
			element.setAttribute('data-last-tab-stop', '');
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			const centreX = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
			const centreY = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
			const onTop = document.elementFromPoint(centreX, centreY);
			return {
				name: `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`,
				outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
				inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
				uncovered: onTop !== null && (element === onTop || element.contains(onTop))
			};
		});
	/** What Tab could still reach after the last stop: visible, enabled, later in the document. */
	const reachableAfterLastStop = () =>
		page.evaluate((selector) => {
			const last = document.querySelector('[data-last-tab-stop]');
			last?.removeAttribute('data-last-tab-stop');
			if (!last?.isConnected) return ['(the last focused control left the page)'];
			return [...document.querySelectorAll<HTMLElement>(selector)]
				.filter(
					(element) =>
						element !== last &&
						!last.contains(element) &&
						Boolean(last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) &&
						!element.matches(':disabled') &&
						element.checkVisibility()
				)
				.map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`);
		}, FOCUSABLE);
	let previous = '';
	for (let stop = 0; stop < 1000; stop += 1) {
		if (stop > 0) await page.keyboard.press('Tab');
		// The browser may scroll to the focused element smoothly: give the scroll a moment to arrive.
		let focus = await measure();
		for (let wait = 0; wait < 10 && focus && !(focus.inView && focus.uncovered); wait += 1) {
			await page.waitForTimeout(100);
			focus = await measure();
		}
		if (!focus) {
			expect(stop, `the first control takes focus (${state})`).toBeGreaterThan(0);
			expect(await reachableAfterLastStop(), `Tab left the page after ${previous} (${state})`).toEqual([]);
			return stop;
		}
		expect(focus.outline, `focus indicator on ${focus.name} (${state})`).toBe(true);
		expect(focus.inView, `${focus.name} scrolled into view (${state})`).toBe(true);
		expect(focus.uncovered, `${focus.name} not hidden under another element (${state})`).toBe(true);
		previous = focus.name;
	}
	throw new Error(`Tab never left the page after 1000 stops (${state})`);
}
