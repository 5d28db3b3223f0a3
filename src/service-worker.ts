/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Lectern's service worker: precache the whole app (shell, prerendered pages, static files) so that after one
// visit everything works offline; navigations to pages that only exist in the browser get the SPA shell.
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SPA_SHELL = '/200.html';
/** SvelteKit asks this file whether the app changed (e.g. after a failed load); offline it must still answer. */
const KIT_VERSION_FILE = '/_app/version.json';

/** Hashed build files never change, so they need no revision; everything else is revised by the app version. */
const manifest = [
	...build.map((url) => ({ url, revision: null })),
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

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

// The first install takes control at once so the very first visit is already offline-ready; an update waits
// for the reader to agree (SKIP_WAITING), then takes over the open pages.
sw.addEventListener('activate', (event) => {
	event.waitUntil(sw.clients.claim());
});
