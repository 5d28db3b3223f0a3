// Serves the production build as a static host would: files, `page.html` for `/page`, `dir/index.html`,
// and the SPA shell (200.html) for pages that only exist in the browser.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * @param {string} root the folder to serve
 * @param {string} pathname the decoded URL path
 * @returns {string | undefined} the file to send, if one matches
 */
export function resolveFile(root, pathname) {
	const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, safe);
	if (!base.startsWith(root)) return undefined;
	const candidates = safe.endsWith('/')
		? [join(base, 'index.html')]
		: [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find(isFile);
}

/**
 * @param {{ root?: string, port?: number, host?: string, extra?: Record<string, string> }} [options]
 *   `extra`: HTML pages served beside the build at their own paths (the benchmark's baselines)
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root = 'build', port = 4173, host = '127.0.0.1', extra = {} } = {}) {
	const folder = resolve(root);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const page = extra[url.pathname];
		if (page !== undefined) {
			response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' }).end(page);
			return;
		}
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			response.writeHead(400).end('Bad request');
			return;
		}
		const file = resolveFile(folder, pathname) ?? join(folder, '200.html');
		const type = TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream';
		const immutable = pathname.startsWith('/_app/immutable/');
		response.writeHead(200, {
			'Content-Type': type,
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			'X-Content-Type-Options': 'nosniff'
		});
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		createReadStream(file).pipe(response);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolvePromise(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const root = process.argv[2] ?? 'build';
	const server = await serve({ root, port, host: process.env.HOST ?? '127.0.0.1' });
	const address = server.address();
	const shown = typeof address === 'object' && address ? address.port : port;
	console.log(`Lectern is being served from ${root}/ on http://localhost:${shown}`);
}
