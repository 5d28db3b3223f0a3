// Code that runs inside the page under test. Each function is sent to the browser as text, so it uses nothing
// from outside its own body.

/**
 * Finds the first element a query names, optionally marks it with `data-smoke="<mark>"` for the driver to
 * click, and returns its accessible name, text and state (null when there is none yet).
 * @param {import('./selectors.js').Query} query
 * @param {string} [mark]
 * @returns {{ name: string, text: string, disabled: boolean, expanded: string | null } | null}
 */
export function locate(query, mark) {
	const squash = (/** @type {string | null | undefined} */ text) => (text ?? '').replace(/\s+/g, ' ').trim();
	// The accessible name as far as Lectern's markup needs it: aria-labelledby, aria-label, <label>, content.
	const nameOf = (/** @type {Element} */ element) => {
		const ids = element.getAttribute('aria-labelledby');
		if (ids)
			return squash(
				ids
					.split(/\s+/)
					.map((id) => document.getElementById(id)?.textContent)
					.join(' ')
			);
		const label = element.getAttribute('aria-label');
		if (label) return squash(label);
		const labels =
			'labels' in element ? /** @type {NodeListOf<HTMLLabelElement> | null} */ (element.labels) : null;
		if (labels && labels.length > 0) return squash([...labels].map((each) => each.textContent).join(' '));
		return squash(element.textContent);
	};
	/** @returns {Element | undefined} */
	const find = (/** @type {import('./selectors.js').Query} */ q, /** @type {ParentNode} */ root) =>
		[...root.querySelectorAll(q.css)].find(
			(element) =>
				(!q.name || new RegExp(q.name).test(nameOf(element))) &&
				(!q.visible || element.getClientRects().length > 0) &&
				(!q.enabled || !element.matches(':disabled')) &&
				(!q.text || new RegExp(q.text).test(squash(element.textContent)))
		);
	const scope = query.within ? find(query.within, document) : document;
	const element = scope ? find(query, scope) : undefined;
	if (!element) return null;
	if (mark) {
		for (const old of document.querySelectorAll(`[data-smoke="${mark}"]`)) old.removeAttribute('data-smoke');
		element.setAttribute('data-smoke', mark);
	}
	return {
		name: nameOf(element),
		text: squash(element.textContent),
		disabled: element.matches(':disabled'),
		expanded: element.getAttribute('aria-expanded')
	};
}

/** @param {string} key @returns {string} */
export function stored(key) {
	return localStorage.getItem(key) ?? '';
}

/** What a failed wait reports about the page, so a CI log says where it stood. */
export function snapshot() {
	return {
		url: location.href,
		h1: document.querySelector('h1')?.textContent?.trim(),
		statuses: [...document.querySelectorAll('[role="status"], [role="alert"]')].map((each) =>
			each.textContent?.trim()
		),
		controlled: Boolean(navigator.serviceWorker?.controller),
		readyState: document.readyState
	};
}
