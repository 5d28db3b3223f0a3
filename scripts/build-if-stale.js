// Builds when the build is missing or older than the sources: `npm start`, the e2e server and the smoke suite.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const STAMP = 'build/index.html';

/** @param {string} path @returns {number} newest modification time below path */
function newest(path) {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

export function buildIfStale() {
	const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
	const changed = Math.max(...SOURCES.map(newest));
	if (built >= changed) return;
	console.log(built ? 'Sources changed since the last build; building…' : 'No build yet; building…');
	execSync('npm run build', { stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
