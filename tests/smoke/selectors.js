// Where the smoke suite finds things in the page, in one place: the player is being redesigned, so its
// names and hooks are adjusted here only. Names are regular expressions (as source text, so they can be sent
// to the page) matched against each element's accessible name.

/**
 * @typedef {object} Query
 * @property {string} css the elements to consider
 * @property {string} [name] a pattern their accessible name must match
 * @property {string} [text] a pattern their text must match
 * @property {boolean} [visible] only elements with a box
 * @property {boolean} [enabled] only elements that are not disabled
 * @property {Query} [within] only inside the first element this finds
 */

/** @type {Query} */
const PLAYER = {
	css: '[role="region"], section[aria-label], section[aria-labelledby]',
	name: '^Read aloud$'
};

export const selectors = {
	/** The Play control: a `data-player-play` hook if the player has one, else its accessible name. */
	play: /** @type {Query} */ ({
		css: '[data-player-play], button, [role="button"]',
		name: '^(Play|Continue listening|Resume)',
		visible: true,
		within: PLAYER
	}),
	playerStatus: /** @type {Query} */ ({ css: '[role="status"]', within: PLAYER }),
	appStatus: /** @type {Query} */ ({
		css: '[role="status"]',
		within: { css: '[role="region"], section[aria-label]', name: '^Lectern status$' }
	}),
	textSettings: /** @type {Query} */ ({ css: 'button', name: '^Text settings$', visible: true }),
	/** @param {string} label @returns {Query} a radio's label, which is what a reader clicks */
	radioLabel: (label) => ({ css: 'label', name: `^${label}$`, visible: true }),
	articleText: /** @type {Query} */ ({ css: 'textarea', name: '^Article text$', visible: true }),
	addText: /** @type {Query} */ ({ css: 'button', name: '^Add text to library$', visible: true })
};
