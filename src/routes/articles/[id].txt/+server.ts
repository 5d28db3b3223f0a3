import source from '$lib/article/rafah-crossing.txt?raw';
import { EMBEDDED_ARTICLE_ID } from '$lib/article/embedded';
import type { EntryGenerator, RequestHandler } from './$types';

// The embedded article's original text, as given: saved to the library on first run (fetched, precached).
export const prerender = true;

export const entries: EntryGenerator = () => [{ id: EMBEDDED_ARTICLE_ID }];

export const GET: RequestHandler = ({ params }) => {
	if (params.id !== EMBEDDED_ARTICLE_ID) return new Response('Not found', { status: 404 });
	return new Response(source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
