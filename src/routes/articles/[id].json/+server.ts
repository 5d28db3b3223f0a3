import { json } from '@sveltejs/kit';
import { EMBEDDED_ARTICLE_ID, embeddedArticle } from '$lib/article';
import type { EntryGenerator, RequestHandler } from './$types';

// The embedded article, parsed at build time. Pages fetch it in `load`, so it is inlined into their HTML as
// data and the parser never ships to the browser for a first visit.
export const prerender = true;

export const entries: EntryGenerator = () => [{ id: EMBEDDED_ARTICLE_ID }];

export const GET: RequestHandler = ({ params }) => {
	if (params.id !== EMBEDDED_ARTICLE_ID) return new Response('Not found', { status: 404 });
	return json(embeddedArticle());
};
