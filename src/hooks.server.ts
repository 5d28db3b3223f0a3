import type { Handle } from '@sveltejs/kit';
import { startAfterFirstPaint } from '$lib/server/start-after-paint';

// Every page is prerendered whole (never streamed), so each chunk is a whole page.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => startAfterFirstPaint(html) });
