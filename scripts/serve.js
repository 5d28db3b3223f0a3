// Serves the production build as a static host would: files, `page.html` for `/page`, `dir/index.html`,
// and the SPA shell (200.html) for pages that only exist in the browser.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';

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

/** Text formats a static host compresses; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * Brotli or gzip as a static host sends them: the build's precompressed `.br`/`.gz` files when the browser
 * accepts them and they are not older than the file (a file changed after the build is compressed afresh),
 * else gzip on the fly.
 * @param {string} file
 * @param {string} accepts the request's Accept-Encoding
 * @returns {{ name: 'br' | 'gzip', file?: string } | undefined}
 */
function pickEncoding(file, accepts) {
	const fresh = (/** @type {string} */ compressed) =>
		isFile(compressed) && statSync(compressed).mtimeMs >= statSync(file).mtimeMs;
	if (/\bbr\b/.test(accepts) && fresh(`${file}.br`)) return { name: 'br', file: `${file}.br` };
	if (!/\bgzip\b/.test(accepts)) return undefined;
	return fresh(`${file}.gz`) ? { name: 'gzip', file: `${file}.gz` } : { name: 'gzip' };
}

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
	const gunzipped = new Map(Object.entries(extra));
	const extraGzipped = new Map(Object.entries(extra).map(([path, html]) => [path, gzipSync(html)]));
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const accepts = String(request.headers['accept-encoding'] ?? '');
		const page = extraGzipped.get(url.pathname);
		if (page !== undefined) {
			const gzip = /\bgzip\b/.test(accepts);
			response.writeHead(200, {
				'Content-Type': TYPES['.html'],
				'Cache-Control': 'no-cache',
				Vary: 'Accept-Encoding',
				...(gzip ? { 'Content-Encoding': 'gzip' } : {})
			});
			response.end(gzip ? page : gunzipped.get(url.pathname));
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
		const encoding = COMPRESSIBLE.has(extname(file)) ? pickEncoding(file, accepts) : undefined;
		response.writeHead(200, {
			'Content-Type': type,
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			'X-Content-Type-Options': 'nosniff',
			Vary: 'Accept-Encoding',
			...(encoding ? { 'Content-Encoding': encoding.name } : {})
		});
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		if (!encoding) createReadStream(file).pipe(response);
		else if (encoding.file) createReadStream(encoding.file).pipe(response);
		else createReadStream(file).pipe(createGzip()).pipe(response);
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
