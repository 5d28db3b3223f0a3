import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { VERSION } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { startAfterFirstPaint, withoutWaitForMissingMain } from './start-after-paint';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** A page as SvelteKit 2 prerenders it with CSP hashes: preloads in the head, start-up at the end of the body. */
function kitPage({ content = true } = {}) {
	const startup = `
				{
					__sveltekit_abc = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 4],
							data: [null,null],
							form: null,
							error: null
						});
					});
				}
			`;
	const html = `<!doctype html>
<html lang="en-GB">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-PREPAINT=' '${sha256(startup)}'">
		<link rel="manifest" href="/manifest.webmanifest" />
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="/_app/immutable/entry/app.B.js" rel="modulepreload">
		<link rel="expect" href="#main" blocking="render" />
		<title>Article</title>
		<script>var prePaint = 1;</script>
	</head>
	<body>
		<div class="app">${content ? '<main id="main"><p>Text</p></main>' : ''}
			<script>${startup}</script>
		</div>
	</body>
</html>`;
	return { html, startup };
}

const scriptOf = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').at(-1) ?? '';

/**
 * Runs the rewritten start-up in a sandbox standing in for the browser. `import()` cannot be faked in a
 * sandbox, so it is renamed to a function that records the module asked for.
 */
function runStartup(script: string, { hidden = false, paintTiming = true } = {}) {
	const imported: string[] = [];
	const preloaded: string[] = [];
	const observers: Array<(list: unknown, observer: unknown) => void> = [];
	const timers: Array<() => void> = [];
	const delays: number[] = [];
	const visibilityListeners: Array<() => void> = [];
	const frames: Array<() => void> = [];
	const started: unknown[] = [];
	const element = { tag: 'div.app' };
	const kit = { start: (...args: unknown[]) => started.push(args) };
	runInNewContext(script.replaceAll('import(', 'load('), {
		load: (path: string) => {
			imported.push(path);
			return Promise.resolve(path.includes('start') ? kit : { app: true });
		},
		document: {
			currentScript: { parentElement: element },
			visibilityState: hidden ? 'hidden' : 'visible',
			addEventListener: (type: string, listener: () => void) => {
				if (type === 'visibilitychange') visibilityListeners.push(listener);
			},
			createElement: () => ({}),
			head: { append: (link: { rel: string; href: string }) => preloaded.push(`${link.rel} ${link.href}`) }
		},
		PerformanceObserver: Object.assign(
			function (this: object, callback: (list: unknown, observer: unknown) => void) {
				observers.push(callback);
				Object.assign(this, { observe: () => undefined, disconnect: () => undefined });
			},
			{ supportedEntryTypes: paintTiming ? ['paint', 'navigation'] : ['navigation'] }
		),
		setTimeout: (callback: () => void, delay = 0) => (timers.push(callback), delays.push(delay)),
		requestAnimationFrame: (callback: () => void) => frames.push(callback),
		Promise
	});
	const paint = (name: string) =>
		observers.forEach((callback) =>
			callback(
				{ getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) },
				{ disconnect: () => undefined }
			)
		);
	const hide = () => visibilityListeners.forEach((listener) => listener());
	return { imported, preloaded, timers, delays, frames, started, element, paint, hide };
}

describe('startAfterFirstPaint', () => {
	it('moves the module preloads and the manifest link from the head into the start-up script', () => {
		const html = startAfterFirstPaint(kitPage().html);
		expect(html).not.toMatch(/<link[^>]*modulepreload/);
		expect(html).not.toMatch(/<link[^>]*manifest/);
		expect(scriptOf(html)).toContain('manifest.href = "/manifest.webmanifest";');
		expect(scriptOf(html)).toContain(
			'const preload = ["/_app/immutable/entry/start.A.js","/_app/immutable/chunks/C.js","/_app/immutable/entry/app.B.js"];'
		);
	});

	it('allows the new start-up by its hash, and no longer the old one', () => {
		const { html: before, startup } = kitPage();
		const after = startAfterFirstPaint(before);
		const csp = /content-security-policy" content="([^"]*)"/.exec(after)?.[1] ?? '';
		expect(csp).toContain(`'${sha256(scriptOf(after))}'`);
		expect(csp).not.toContain(sha256(startup));
		expect(csp).toContain("'sha256-PREPAINT='");
		expect(after).toContain('<script>var prePaint = 1;</script>');
	});

	it('asks for no module until the first contentful paint has been presented, then starts SvelteKit', async () => {
		const run = runStartup(scriptOf(startAfterFirstPaint(kitPage().html)));
		run.paint('first-paint');
		expect(run.imported).toEqual([]);
		expect(run.preloaded).toEqual([]);
		run.paint('first-contentful-paint');
		expect(run.preloaded).toEqual([
			'manifest /manifest.webmanifest',
			'modulepreload /_app/immutable/entry/start.A.js',
			'modulepreload /_app/immutable/chunks/C.js',
			'modulepreload /_app/immutable/entry/app.B.js'
		]);
		expect(run.imported).toEqual(['/_app/immutable/entry/start.A.js', '/_app/immutable/entry/app.B.js']);
		await Promise.resolve();
		await Promise.resolve();
		expect(run.started).toEqual([
			[{ app: true }, run.element, { node_ids: [0, 4], data: [null, null], form: null, error: null }]
		]);
		// The fallback timer, firing later, does not start it twice
		run.timers.forEach((timer) => timer());
		expect(run.imported).toHaveLength(2);
	});

	it('starts when the tab is hidden before it has painted', () => {
		const run = runStartup(scriptOf(startAfterFirstPaint(kitPage().html)));
		expect(run.imported).toEqual([]);
		run.hide();
		expect(run.imported).toHaveLength(2);
		run.paint('first-contentful-paint');
		expect(run.imported).toHaveLength(2);
	});

	it('starts after five seconds when the paint is held back', () => {
		const run = runStartup(scriptOf(startAfterFirstPaint(kitPage().html)));
		expect(run.imported).toEqual([]);
		expect(run.delays).toEqual([5000]);
		run.timers.forEach((timer) => timer());
		expect(run.imported).toHaveLength(2);
	});

	it('starts at once in a hidden tab, and a frame later without paint timing', () => {
		const hidden = runStartup(scriptOf(startAfterFirstPaint(kitPage().html)), { hidden: true });
		expect(hidden.imported).toHaveLength(2);
		const old = runStartup(scriptOf(startAfterFirstPaint(kitPage().html)), { paintTiming: false });
		expect(old.imported).toEqual([]);
		old.frames.forEach((frame) => frame());
		expect(old.imported).toEqual([]);
		old.timers.forEach((timer) => timer());
		expect(old.imported).toHaveLength(2);
	});

	it('drops the wait for #main from a page without it (the SPA shell), and only there', () => {
		const shell = kitPage({ content: false }).html;
		expect(shell).toContain('<link rel="expect"');
		expect(withoutWaitForMissingMain(shell)).toBe(
			shell.replace('\t\t<link rel="expect" href="#main" blocking="render" />\n', '')
		);
		const page = kitPage().html;
		expect(withoutWaitForMissingMain(page)).toBe(page);
	});

	it('fails the build, naming the SvelteKit version, when the page is not the shape it knows', () => {
		const { html, startup } = kitPage();
		expect(() => startAfterFirstPaint(html.replace('Promise.all([', 'Promise.any(['))).toThrow(
			`SvelteKit ${VERSION} changed its prerendered HTML: expected one start-up script, found 0`
		);
		// A preload written another way would stay in the head and be fetched before the paint
		expect(() =>
			startAfterFirstPaint(
				html.replace(
					'<link href="/_app/immutable/chunks/C.js" rel="modulepreload">',
					'<link rel="modulepreload" href="/_app/immutable/chunks/C.js">'
				)
			)
		).toThrow('3 module preloads, of which 2 have the known shape');
		expect(() => startAfterFirstPaint(html.replace(sha256(startup), 'sha256-OTHER='))).toThrow(
			/not allowed by one CSP hash/
		);
	});
});
