// What the smoke journeys need from a browser, whichever engine drives it, and the explicit waits they use.
import { locate, snapshot } from './dom.js';

/**
 * @typedef {object} Session
 * @property {string} engine the engine and its version, for messages
 * @property {string[] | null} errors errors the page reported; null where the driver cannot see them
 * @property {(url: string) => Promise<void>} goto navigates and waits for the load event
 * @property {() => Promise<void>} reload
 * @property {() => Promise<string>} url
 * @property {<A extends unknown[], R>(fn: (...args: A) => R, ...args: A) => Promise<Awaited<R>>} evaluate
 * @property {(css: string) => Promise<void>} click a real pointer click (a user gesture)
 * @property {(css: string, text: string) => Promise<void>} fill types into a field, replacing its value
 * @property {() => Promise<void>} close
 */

/** @param {string} what @param {string} packages */
export function missing(what, packages) {
	return `${what} is not installed. On Debian/Ubuntu run \`sudo scripts/setup.sh\` (it installs ${packages}).`;
}

/**
 * Polls the page until `fn` returns something truthy; a navigation in between is waited out, not an error.
 * @template {unknown[]} A
 * @template R
 * @param {Session} session
 * @param {string} what said in the error when the wait runs out
 * @param {(...args: A) => R} fn
 * @param {A} args
 * @param {number} [timeout]
 * @returns {Promise<NonNullable<Awaited<R>>>}
 */
export async function waitFor(session, what, fn, args, timeout = 30_000) {
	const deadline = Date.now() + timeout;
	/** @type {unknown} */
	let last;
	for (;;) {
		try {
			const value = await session.evaluate(fn, ...args);
			if (value) return value;
			last = value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > deadline) {
			const page = await session.evaluate(snapshot).catch((error) => String(error));
			throw new Error(
				`${session.engine}: waited ${timeout} ms for ${what}; last saw ${JSON.stringify(last)}; ` +
					`the page: ${JSON.stringify(page)}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/**
 * Waits until the query finds an enabled element, marks it, and clicks it.
 * @param {Session} session
 * @param {import('./selectors.js').Query} query
 * @param {string} what
 */
export async function clickOn(session, query, what) {
	await waitFor(session, `${what} to be there and enabled`, locate, [{ ...query, enabled: true }, 'target']);
	await session.click('[data-smoke="target"]');
}
