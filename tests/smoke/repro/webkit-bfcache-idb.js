// A minimal reproduction, without Lectern, of the WebKit behaviour src/lib/storage/page-leave.ts works around:
// a page that begins an IndexedDB write in `pagehide` and enters the back/forward cache keeps that transaction
// frozen, and the next page of the same site cannot even read the store. Run: node tests/smoke/repro/webkit-bfcache-idb.js
// Prints, with WebKitGTK 2.50.6: "none: B read 0", "pagehide: B stuck after 5 s", "pagehide-later: B read 0"
// (the later write waits, frozen with the page, and blocks nothing).
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWebKit } from '../webkit.js';

const OPEN = `const r = indexedDB.open('repro', 1);
	r.onupgradeneeded = () => r.result.createObjectStore('s').put(0, 'k');`;
const PAGES = {
	// A writes in pagehide: at once ('pagehide'), or a task later, which a frozen page never reaches until shown.
	'/a': `<p id="out">A</p><script>${OPEN}
	const mode = new URLSearchParams(location.search).get('mode');
	r.onsuccess = () => {
		const write = () => r.result.transaction('s', 'readwrite').objectStore('s').put(1, 'k');
		if (mode === 'pagehide') addEventListener('pagehide', write);
		if (mode === 'pagehide-later') addEventListener('pagehide', () => setTimeout(write));
	};</script>`,
	'/b': `<p id="out">B waiting</p><script>${OPEN}
	const out = document.getElementById('out');
	r.onsuccess = () =>
		(r.result.transaction('s').objectStore('s').get('k').onsuccess = (e) => (out.textContent = 'B read ' + e.target.result));
	setTimeout(() => out.textContent === 'B waiting' && (out.textContent = 'B stuck after 5 s'), 5000);</script>`
};

const server = createServer((request, response) => {
	const page = PAGES[/** @type {keyof PAGES} */ (new URL(request.url ?? '/', 'http://x').pathname)];
	response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html' });
	response.end(page ? `<!doctype html><title>repro</title>${page}` : '');
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

for (const mode of ['none', 'pagehide', 'pagehide-later']) {
	// A fresh browser each time, so one case's frozen transaction cannot block the next.
	const browser = await launchWebKit({ runtime: mkdtempSync(join(tmpdir(), 'repro-')) });
	try {
		await browser.goto(`${origin}/a?mode=${mode}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
		// The page leaves itself, as a reader following a link does.
		await browser.evaluate(() => void (location.href = '/b'));
		await new Promise((resolve) => setTimeout(resolve, 6000));
		const text = await browser.evaluate(() => document.getElementById('out')?.textContent);
		console.log(`${browser.engine} ${mode}: ${text}`);
	} finally {
		await browser.close();
	}
}
server.close();
