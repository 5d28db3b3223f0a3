// `npm run bench`: Lectern against the limit and its peers, on the production build in real Chromium. Every
// figure is a median over several runs with its min and max, beside a baseline measured in the same run.
// Writes bench/results.json. Options: --runs N (default 5), --only section[,section].
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { serve } from '../scripts/serve.js';
import { launchBrowser } from './lib.js';
import { bareArticlePage, bareSpeechPage } from './pages.js';
import { bookSection } from './book.js';
import { bytesSection } from './bytes.js';
import { fuzzSection } from './fuzz.js';
import { librarySection } from './library.js';
import { lighthouseSection } from './lighthouse.js';
import { offlineSection } from './offline.js';
import { scaleSection } from './scale.js';
import { speechSection } from './speech.js';

const SECTIONS = {
	lighthouse: lighthouseSection,
	bytes: bytesSection,
	offline: offlineSection,
	speech: speechSection,
	scale: scaleSection,
	library: librarySection,
	book: bookSection,
	fuzz: fuzzSection
};

/** @param {string} name */
const option = (name) => {
	const at = process.argv.indexOf(`--${name}`);
	return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Number(option('runs') ?? 5);
const only = option('only')?.split(',') ?? Object.keys(SECTIONS);
const unknown = only.filter((name) => !(name in SECTIONS));
if (unknown.length || !(runs >= 1)) {
	console.error(`Usage: npm run bench -- [--runs N] [--only ${Object.keys(SECTIONS).join(',')}]`);
	process.exit(2);
}

// The production build, fresh: `npm start` builds when sources changed; the benchmark always builds.
execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const server = await serve({
	port: PORT,
	extra: { '/bench/bare-article': bareArticlePage(), '/bench/speak': bareSpeechPage() }
});
const origin = `http://localhost:${PORT}`;

const browser = await launchBrowser();
const machine = {
	cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
	memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
	node: process.version,
	browser: `Chromium ${browser.version()}`,
	os: `${process.platform} ${execSync('uname -r').toString().trim()}`
};
await browser.close();

/** @type {import('./lib.js').Row[]} */
const rows = [];
const started = Date.now();
try {
	for (const name of only) {
		const began = Date.now();
		console.log(`\n▸ ${name}`);
		const section = SECTIONS[/** @type {keyof typeof SECTIONS} */ (name)];
		rows.push(...(await section({ origin, runs, log: (line) => console.log(`  ${line}`) })));
		console.log(`  (${((Date.now() - began) / 1000).toFixed(0)} s)`);
	}
} finally {
	server.close();
}

/** @param {number} value */
const show = (value) =>
	Number.isNaN(value)
		? '–'
		: Math.abs(value) >= 100
			? value.toFixed(0)
			: Math.abs(value) >= 1
				? value.toFixed(1)
				: value.toFixed(3);
/** @param {import('./lib.js').Summary | undefined} summary */
const cell = (summary) =>
	!summary
		? ''
		: summary.runs === 1
			? show(summary.median)
			: `${show(summary.median)} (${show(summary.min)}–${show(summary.max)})`;

let section = '';
const table = [];
for (const result of rows) {
	if (result.section !== section) {
		section = result.section;
		table.push(`\n${section}`);
		table.push(
			`  ${'metric'.padEnd(44)} ${'Lectern'.padEnd(22)} ${'baseline'.padEnd(36)} ${'ratio'.padEnd(7)} goal`
		);
	}
	const unit = result.unit ? ` ${result.unit}` : '';
	const baseline = result.baseline ? `${cell(result.baseline)}${unit} ${result.baselineName ?? ''}` : '';
	const goal = result.goal ? `${result.goal} ${result.met ? 'met' : 'NOT MET'}` : '';
	table.push(
		`  ${result.metric.padEnd(44)} ${`${cell(result.lectern)}${unit}`.padEnd(22)} ${baseline.padEnd(36)} ${
			result.ratio === undefined ? ''.padEnd(7) : result.ratio.toFixed(2).padEnd(7)
		} ${goal}`
	);
	if (result.note) table.push(`    ${result.note}`);
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nLectern benchmark, ${runs} runs each (median (min–max)), ${seconds} s`);
console.log(Object.values(machine).join(' · '));
console.log(table.join('\n'));

const results = { date: new Date().toISOString(), runs, seconds, machine, rows };
writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
console.log('\nWritten to bench/results.json');
const missed = rows.filter((result) => result.met === false);
if (missed.length)
	console.log(`Goals not met: ${missed.map((result) => `${result.section}: ${result.metric}`).join('; ')}`);
