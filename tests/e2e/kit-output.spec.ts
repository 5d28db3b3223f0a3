// src/lib/server/start-after-paint.ts rewrites the HTML SvelteKit prerenders. Its unit tests use an imitation
// of that HTML; this checks the real thing, from the build under test, so a SvelteKit update that changes its
// output fails here by name instead of shipping a reader that never starts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { startAfterFirstPaint } from '../../src/lib/server/start-after-paint';

const kit: string = createRequire(import.meta.url)('@sveltejs/kit/package.json').version;
const built = (path: string) => readFileSync(new URL(`../../build/${path}`, import.meta.url), 'utf8');
const inlineScripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test(`SvelteKit ${kit}'s prerendered page has the shape start-after-paint rewrites`, () => {
	// The settings page starts at once, so build/settings.html is SvelteKit's own output, untouched.
	const page = built('settings.html');
	let rewritten = '';
	try {
		rewritten = startAfterFirstPaint(page);
	} catch (error) {
		throw new Error(
			`SvelteKit ${kit} changed its prerendered HTML; update src/lib/server/start-after-paint.ts ` +
				`(or drop it for what Kit supports): ${String(error)}`
		);
	}
	expect(page, `SvelteKit ${kit} preloads its start-up modules in the head`).toMatch(/rel="modulepreload"/);
	expect(rewritten, 'the rewritten page asks for no module before its first paint').not.toMatch(
		/<link[^>]+rel="modulepreload"/
	);
});

test(`the reader page as built with SvelteKit ${kit}: start-up after the first paint, allowed by its CSP`, () => {
	const page = built('read/rafah-crossing.html');
	expect(page).not.toMatch(/<link[^>]+rel="modulepreload"/);
	expect(page).not.toMatch(/<link rel="manifest"/);
	const startup = inlineScripts(page).filter((script) => script.includes('first-contentful-paint'));
	expect(startup, 'one deferred start-up script').toHaveLength(1);
	const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
	for (const script of inlineScripts(page))
		expect(csp, 'every inline script is allowed by its hash').toContain(sha256(script));
});
