import type { Handle } from '@sveltejs/kit';
import { startAfterFirstPaint, withoutWaitForMissingMain } from '$lib/server/start-after-paint';

/**
 * Pages whose first job is to show text start after their first paint: the reader, and the library, the page
 * the installed app opens (its list is prerendered; a press on one of its buttons before the start is held by
 * app.html and made once the app has started). Form pages (settings, add) start at once: a choice made before
 * hydration would be undone by it, and the later start made that window longer (an end-to-end test's first
 * click on a settings radio was lost).
 */
const START_AFTER_PAINT = new Set(['/read/[id]', '/']);

// SvelteKit may hand a page over in several chunks; the rewrite needs the whole page, so it waits for the last.
export const handle: Handle = ({ event, resolve }) => {
	let page = '';
	return resolve(event, {
		transformPageChunk: ({ html, done }) => {
			page += html;
			if (!done) return '';
			return START_AFTER_PAINT.has(event.route.id ?? '')
				? startAfterFirstPaint(page)
				: withoutWaitForMissingMain(page);
		}
	});
};
