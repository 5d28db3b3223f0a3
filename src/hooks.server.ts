import type { Handle } from '@sveltejs/kit';
import { startAfterFirstPaint, withoutWaitForMissingMain } from '$lib/server/start-after-paint';

/**
 * Pages whose first job is to show text start after their first paint. Form pages (settings, add) start at
 * once: a choice made before hydration would be undone by it, and the later start made that window longer
 * (an end-to-end test's first click on a settings radio was lost).
 */
const READ_FIRST = new Set(['/read/[id]']);

// Every page is prerendered whole (never streamed), so each chunk is a whole page.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			READ_FIRST.has(event.route.id ?? '') ? startAfterFirstPaint(html) : withoutWaitForMissingMain(html)
	});
