/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Lectern's service worker: precache the whole app (shell, prerendered pages, static files) so that after one
// visit everything works offline; navigations to pages that only exist in the browser get the SPA shell.
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SPA_SHELL = '/200.html';
/** SvelteKit asks this file whether the app changed (e.g. after a failed load); offline it must still answer. */
const KIT_VERSION_FILE = '/_app/version.json';

/** Reading fonts are large and most readers never choose them: cached when first used, not precached. */
const isFont = (url: string) => url.endsWith('.woff2');
const FONT_CACHE = 'lectern-fonts';

/** Hashed build files never change, so they need no revision; everything else is revised by the app version. */
const manifest = [
	...build.filter((url) => !isFont(url)).map((url) => ({ url, revision: null })),
	...[...files, ...prerendered, SPA_SHELL, KIT_VERSION_FILE].map((url) => ({ url, revision: version }))
];

cleanupOutdatedCaches();

precacheAndRoute(manifest, {
	cleanURLs: true,
	// A static host serves `/read/x/` and `/read/x` alike; so does the worker, offline.
	urlManipulation: ({ url }) => {
		if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
			const trimmed = new URL(url.href);
			trimmed.pathname = url.pathname.replace(/\/+$/, '');
			return [trimmed];
		}
		return [];
	}
});

registerRoute(new NavigationRoute(createHandlerBoundToURL(SPA_SHELL)));

// A chosen font is fetched once, online, and kept: its URL is hashed, so the cached copy is never stale.
// Fonts from an older version are dropped when a new version activates.
registerRoute(
	({ url, sameOrigin }) => sameOrigin && isFont(url.pathname),
	new CacheFirst({ cacheName: FONT_CACHE })
);

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

// The first install takes control at once so the very first visit is already offline-ready; an update waits
// for the reader to agree (SKIP_WAITING), then takes over the open pages.
sw.addEventListener('activate', (event) => {
	event.waitUntil(Promise.all([sw.clients.claim(), dropOldFonts()]));
});

async function dropOldFonts(): Promise<void> {
	const cache = await caches.open(FONT_CACHE);
	const current = new Set(build.filter(isFont).map((path) => new URL(path, sw.location.href).href));
	for (const request of await cache.keys()) {
		if (!current.has(request.url)) await cache.delete(request);
	}
}
