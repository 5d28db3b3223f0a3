// What an XSS payload could leave behind in the page: the watch set up before it loads (dialogs, CSP reports)
// and the walk over the page's main content after (script-bearing elements, handlers, script URLs, flags).
import type { Page } from '@playwright/test';

/** Elements no imported text may ever produce. */
const ACTIVE_ELEMENTS = ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE', 'META'];

/**
 * Records every dialog (dismissed) and every Content-Security-Policy violation from the next page load on.
 * Returns the dialogs seen, which stays filled as the test goes.
 */
export async function watchForScriptEffects(page: Page): Promise<string[]> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	return dialogs;
}

/**
 * Walks `main` for anything a payload left: active elements (and `also`, e.g. IMG where pictures must become
 * text), `on*` handlers, script URLs, the payloads' `__xss` flag, and the CSP reports recorded so far.
 */
export function scriptTraces(page: Page, also: readonly string[] = []) {
	return page.evaluate(
		(forbidden) => {
			const unsafe = /^\s*(?:javascript|vbscript|data:text\/html)/i;
			const problems: string[] = [];
			for (const element of document.querySelectorAll('main *')) {
				if (forbidden.includes(element.tagName)) problems.push(`<${element.tagName.toLowerCase()}>`);
				for (const attribute of element.attributes) {
					if (attribute.name.startsWith('on')) problems.push(`${attribute.name} on <${element.tagName}>`);
					if (
						/^(?:href|src|action|formaction|xlink:href|srcdoc|data)$/.test(attribute.name) &&
						unsafe.test(attribute.value)
					)
						problems.push(`${attribute.name}=${attribute.value}`);
				}
			}
			const flags = ['__xss'].filter((name) => name in window);
			return { problems, flags, csp: (window as unknown as { __cspViolations: string[] }).__cspViolations };
		},
		[...ACTIVE_ELEMENTS, ...also]
	);
}

/** What scriptTraces finds on a page no payload touched. */
export const NO_TRACES = { problems: [], flags: [], csp: [] };
