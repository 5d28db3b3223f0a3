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
import { maxFileBytes } from '$lib/import/file-type';
import { openLecternDb } from '$lib/storage/db';
import type { PendingShare } from '$lib/storage/schema';
import { savePendingShare } from '$lib/storage/shares';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SPA_SHELL = '/200.html';
/** SvelteKit asks this file whether the app changed (e.g. after a failed load); offline it must still answer. */
const KIT_VERSION_FILE = '/_app/version.json';

/** Reading fonts are large and most readers never choose them: cached when first used, not precached. */
const isFont = (url: string) => url.endsWith('.woff2');
const FONT_CACHE = 'lectern-fonts';

/** The manifest's screenshots are for the browser's install offer, which is online: never read offline. */
const isInstallPicture = (url: string) => url.startsWith('/screenshots/');

/** Hashed build files never change, so they need no revision; everything else is revised by the app version. */
const manifest = [
	...build.filter((url) => !isFont(url)).map((url) => ({ url, revision: null })),
	...[...files.filter((url) => !isInstallPicture(url)), ...prerendered, SPA_SHELL, KIT_VERSION_FILE].map(
		(url) => ({ url, revision: version })
	)
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

/** Where the manifest's share_target posts; the page at /add turns the kept share into an article. */
const SHARE_ACTION = '/share';

// Shares arrive as a POST no static server can take: the worker keeps them in IndexedDB and sends the
// reader on to /add, which imports them (HTML needs a DOM parser, which a worker lacks).
sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'POST' || url.origin !== sw.location.origin || url.pathname !== SHARE_ACTION)
		return;
	event.respondWith(receiveShare(event.request));
});

async function receiveShare(request: Request): Promise<Response> {
	const back = (query: string) => Response.redirect(new URL(`/add?${query}`, sw.location.href).href, 303);
	try {
		const form = await request.formData();
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' && value.trim() !== '' ? value : undefined;
		};
		const files = await Promise.all(
			form
				.getAll('files')
				// A share sheet (or a form) with no file chosen still sends one empty, nameless part
				.filter((value): value is File => typeof value !== 'string' && (value.size > 0 || value.name !== ''))
				// An oversized file is refused by the import anyway; keeping only its size spares the disk
				.map(async (file) => ({
					name: file.name,
					type: file.type,
					size: file.size,
					bytes:
						file.size > maxFileBytes(file.name, file.type) ? new ArrayBuffer(0) : await file.arrayBuffer()
				}))
		);
		const share: PendingShare = {
			id: crypto.randomUUID(),
			receivedAt: Date.now(),
			title: field('title'),
			text: field('text'),
			url: field('url'),
			files,
			// The system's share sheet navigates with no initiator; any site could post a form here too
			fromWebPage: ['cross-site', 'same-site'].includes(request.headers.get('Sec-Fetch-Site') ?? '')
		};
		const db = await openLecternDb();
		if (!db.ok) return back(`share-failed=${db.error.kind}`);
		const saved = await savePendingShare(db.value, share);
		db.value.close();
		if (!saved.ok) return back(`share-failed=${saved.error.kind}`);
		return back(`share=${share.id}`);
	} catch (error) {
		console.error('Lectern could not read a share', error);
		return back('share-failed=unreadable');
	}
}

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
