import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** sha256 of the `style` attribute on SvelteKit's `#svelte-announcer` (a CSP violation in any e2e test if it changes). */
const KIT_ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** The one inline script of app.html (the reader's settings before first paint), allowed by its hash. */
const PRE_PAINT_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
if (PRE_PAINT_SCRIPT === undefined) throw new Error('src/app.html lost its pre-paint script');
/** @type {`sha256-${string}`} */
const PRE_PAINT_HASH = `sha256-${createHash('sha256').update(PRE_PAINT_SCRIPT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every known page is prerendered; 200.html is the SPA shell for pages that only exist in the browser.
		// Precompressed .br/.gz files, as a static host serves them (scripts/serve.js picks them by Accept-Encoding).
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: '200.html',
			strict: true,
			precompress: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The page registers the worker itself with workbox-window (prompt to update, never a silent reload).
		serviceWorker: { register: false },
		// The CSS (3.5 KB gzipped) is inlined into each page: no render-blocking request before the first paint.
		// `npm run bench` measured it; SvelteKit adds the inline styles' hashes to the CSP.
		inlineStyleThreshold: 64 * 1024,
		// Absolute asset URLs, so a page served at `/read/x/` (trailing slash) finds its files, online or offline.
		paths: { relative: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', PRE_PAINT_HASH],
				// The one inline style allowed is SvelteKit's route announcer (`style` attribute in its root component).
				'style-src': ['self', 'unsafe-hashes', KIT_ANNOUNCER_STYLE_HASH],
				'img-src': ['self', 'data:'],
				// The silent loop that brings up lock-screen controls on Android is generated as a blob.
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
