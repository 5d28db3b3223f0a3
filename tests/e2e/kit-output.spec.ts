// src/lib/server/start-after-paint.ts rewrites the HTML SvelteKit prerenders. Its unit tests use an imitation
// of that HTML; this checks the real thing, from the build under test, so a SvelteKit update that changes its
// output fails here by name instead of shipping a reader that never starts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { JSDOM, VirtualConsole } from 'jsdom';
import {
	readKitStartup,
	startAfterFirstPaint,
	type KitStartup
} from '../../src/lib/server/start-after-paint';

const kit: string = createRequire(import.meta.url)('@sveltejs/kit/package.json').version;
const built = (path: string) => readFileSync(new URL(`../../build/${path}`, import.meta.url), 'utf8');
const inlineScripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's tags as an HTML parser sees them, to check the rewrite's regular expressions against. */
function parsed(html: string) {
	// A quiet console: jsdom cannot parse the page's modern CSS, which this does not need
	const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
	return {
		preloads: [...document.querySelectorAll('link[rel~="modulepreload"]')].map(
			(link) => link.getAttribute('href') ?? ''
		),
		startups: [...document.querySelectorAll('script:not([src])')].filter((script) =>
			script.textContent?.includes('kit.start(')
		).length
	};
}

test(`SvelteKit ${kit}'s prerendered page has the shape start-after-paint rewrites`, () => {
	// The settings page starts at once, so build/settings.html is SvelteKit's own output, untouched.
	const page = built('settings.html');
	const found = parsed(page);
	expect(found.startups, `SvelteKit ${kit} writes one start-up script`).toBe(1);
	expect(found.preloads.length, `SvelteKit ${kit} preloads its start-up modules in the head`).toBeGreaterThan(
		0
	);
	let startup: KitStartup | undefined;
	let rewritten = '';
	try {
		startup = readKitStartup(page);
		rewritten = startAfterFirstPaint(page);
	} catch (error) {
		throw new Error(`${String(error)} (page: build/settings.html)`);
	}
	expect(startup.preloads, 'the rewrite finds every preload the page has').toEqual(found.preloads);
	expect(startup.script.body).toContain('kit.start(');
	expect(parsed(rewritten).preloads, 'the rewritten page asks for no module before its first paint').toEqual(
		[]
	);
	expect(parsed(rewritten).startups).toBe(1);
});

test(`a change in SvelteKit's output fails by naming SvelteKit ${kit}`, () => {
	const page = built('settings.html');
	// The same page, written as a newer Kit might: attributes in another order, the start-up call renamed
	const reordered = page.replace(
		/<link href="([^"]+)" rel="modulepreload">/,
		'<link rel="modulepreload" href="$1">'
	);
	expect(() => startAfterFirstPaint(reordered)).toThrow(`SvelteKit ${kit} changed its prerendered HTML`);
	const renamed = page.replaceAll('Promise.all([', 'Promise.allSettled([');
	expect(() => startAfterFirstPaint(renamed)).toThrow(
		`SvelteKit ${kit} changed its prerendered HTML: expected one start-up script, found 0`
	);
});

// The reader and the library (the installed app's start page) start after their first paint.
for (const path of ['read/rafah-crossing.html', 'index.html']) {
	test(`build/${path} as built with SvelteKit ${kit}: start-up after the first paint, allowed by its CSP`, () => {
		const page = built(path);
		expect(page).not.toMatch(/<link[^>]+rel="modulepreload"/);
		expect(page).not.toMatch(/<link rel="manifest"/);
		const startup = inlineScripts(page).filter((script) => script.includes('first-contentful-paint'));
		expect(startup, 'one deferred start-up script').toHaveLength(1);
		const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
		for (const script of inlineScripts(page))
			expect(csp, 'every inline script is allowed by its hash').toContain(sha256(script));
	});
}
