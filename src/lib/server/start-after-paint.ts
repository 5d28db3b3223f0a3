import { createHash } from 'node:crypto';
import { VERSION } from '@sveltejs/kit';

// A reader page paints its article before it fetches a byte of JavaScript. SvelteKit's page asks for every
// module of its start-up in the head (`modulepreload`) and starts hydrating as soon as they arrive, and
// Lighthouse's simulation counts every request made before the first paint against it, which more than
// doubled LCP against the bare article. The manifest link moves the same way: Chromium fetches the manifest
// and its icon before the paint, delaying it. Nothing needs the manifest before then: installing needs the
// service worker, which registers later still. (Figures: bench/results.json and the commits that made this.)
// This rewrites a page as it is prerendered: the preload hints and the manifest link move into the start-up
// script, which begins once the first contentful paint has been presented, and the script's CSP hash is
// replaced with the new one. SvelteKit's own start-up is kept word for word inside it.

const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
/** Any tag that preloads a module, however written: each must be one PRELOAD moves, or the page fetches early. */
const ANY_PRELOAD = /<link\b[^>]*\bmodulepreload\b[^>]*>/g;
/** The web app manifest: Chromium fetches it, and the icon it names, as soon as it sees the link. */
const MANIFEST = /[ \t]*<link rel="manifest" href="([^"]+)" \/>\n?/;
const EXPECT_MAIN = /[ \t]*<link rel="expect" href="#main" blocking="render" \/>\n?/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** SvelteKit's start-up: `Promise.all([import(start), import(app)]).then(...)` inside a block. */
const START_CALL = 'Promise.all([';

/** An error that says which SvelteKit wrote the page, and where to mend it, when Kit's output changes. */
function changedOutput(what: string): Error {
	return new Error(
		`SvelteKit ${VERSION} changed its prerendered HTML: ${what}. Update src/lib/server/start-after-paint.ts ` +
			'(tests/e2e/kit-output.spec.ts checks it against the build).'
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The start-up script with its `Promise.all` deferred until the first contentful paint has been presented
 * (a paint timing entry), not merely produced: a request made in the frame that paints still counts against
 * the paint in a trace. A hidden page (a background tab) paints nothing, so it starts at once, or as soon as
 * it is hidden before its paint; a browser without paint timing starts a frame after the first; and a paint
 * held back by the browser starts it after five seconds at the latest. (That wait was a second, and a busy
 * CI machine took 1.67 s to paint: the page then fetched its code before its paint, the very thing this
 * prevents. A visible page that paints nothing in five seconds is broken in some other way.)
 */
function deferredStartup(body: string, preloads: string[], manifest: string | undefined): string {
	const call = body.indexOf(START_CALL);
	const blockEnd = body.lastIndexOf('}');
	if (call === -1 || blockEnd < call) throw changedOutput('its start-up script is not recognised');
	const start = body.slice(call, blockEnd).trim();
	const linkManifest = manifest
		? `const manifest = document.createElement('link');
						manifest.rel = 'manifest';
						manifest.href = ${JSON.stringify(manifest)};
						document.head.append(manifest);
						`
		: '';
	return `${body.slice(0, call)}const preload = ${JSON.stringify(preloads)};
					let started = false;
					const begin = () => {
						if (started) return;
						started = true;
						${linkManifest}for (const href of preload) {
							const link = document.createElement('link');
							link.rel = 'modulepreload';
							link.href = href;
							document.head.append(link);
						}
						${start}
					};
					if (document.visibilityState === 'hidden') begin();
					else if (!PerformanceObserver.supportedEntryTypes?.includes('paint'))
						requestAnimationFrame(() => setTimeout(begin));
					else {
						new PerformanceObserver((list, observer) => {
							if (list.getEntriesByName('first-contentful-paint').length === 0) return;
							observer.disconnect();
							begin();
						}).observe({ type: 'paint', buffered: true });
						document.addEventListener('visibilitychange', begin, { once: true });
						setTimeout(begin, 5000);
					}
				${body.slice(blockEnd)}`;
}

/**
 * A page without `#main` (the SPA shell, 200.html, which has nothing to paint until its script runs) loses
 * app.html's wait for `#main`: the wait would last the whole parse, and Chromium reports the missing element as
 * an error in the console of every saved article.
 */
export function withoutWaitForMissingMain(html: string): string {
	return html.includes(' id="main"') ? html : html.replace(EXPECT_MAIN, '');
}

/** What the rewrite moves in a page SvelteKit prerendered: its one start-up script, its preloads, its manifest. */
export interface KitStartup {
	/** The whole `<script>` element and its text. */
	script: { element: string; body: string };
	preloads: string[];
	manifest: string | undefined;
}

/**
 * Finds the start-up script, the module preloads and the manifest link in a prerendered page. Throws, naming
 * the installed SvelteKit, when the page does not have the shape the rewrite knows: one start-up script, and
 * every module preload written as the rewrite can move it.
 */
export function readKitStartup(html: string): KitStartup {
	const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1] ?? '');
	const written = html.match(ANY_PRELOAD)?.length ?? 0;
	if (written !== preloads.length)
		throw changedOutput(`${written} module preloads, of which ${preloads.length} have the known shape`);
	const scripts = [...html.matchAll(INLINE_SCRIPT)].filter(([, body]) => body?.includes(START_CALL));
	const [element, body] = scripts[0] ?? [];
	if (scripts.length !== 1 || element === undefined || body === undefined)
		throw changedOutput(`expected one start-up script, found ${scripts.length}`);
	return { script: { element, body }, preloads, manifest: MANIFEST.exec(html)?.[1] };
}

/**
 * Moves a prerendered page's start-up after its first paint. Throws when the page does not have SvelteKit's
 * shape (one start-up script, its hash in the CSP), so a SvelteKit update that changes it fails the build
 * rather than shipping a page that never starts.
 */
export function startAfterFirstPaint(html: string): string {
	const { script, preloads, manifest } = readKitStartup(html);
	const deferred = deferredStartup(script.body, preloads, manifest);
	const [oldHash, newHash] = [sha256(script.body), sha256(deferred)];
	if (html.split(oldHash).length !== 2)
		throw changedOutput('its start-up script is not allowed by one CSP hash');
	return html
		.replace(PRELOAD, '')
		.replace(MANIFEST, '')
		.replace(script.element, () => `<script>${deferred}</script>`)
		.replace(oldHash, () => newHash);
}
