// 6. The fuzz runs: the parser's and the import pipeline's properties at 10,000 cases each, against the same
// properties at the test suite's count, timed by Vitest (test time, without its start-up).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { row } from './lib.js';

const FILES = ['src/lib/article/parse.property.test.ts', 'src/lib/import/import.property.test.ts'];
const CASES = 10_000;
const SUITE_CASES = 200;

/** @param {number} cases @returns {{ ms: number, tests: number }} */
function runProperties(cases) {
	const report = join(mkdtempSync(join(tmpdir(), 'lectern-fuzz-')), 'report.json');
	execFileSync('npx', ['vitest', 'run', ...FILES, '--reporter=json', `--outputFile=${report}`], {
		env: { ...process.env, FC_RUNS: String(cases) },
		stdio: 'ignore'
	});
	/** @type {{ success: boolean, testResults: { assertionResults: { status: string, duration?: number }[] }[] }} */
	const result = JSON.parse(readFileSync(report, 'utf8'));
	if (!result.success)
		throw new Error(`A property failed at ${cases} cases; run FC_RUNS=${cases} npx vitest run.`);
	const tests = result.testResults.flatMap((file) => file.assertionResults);
	return { ms: tests.reduce((sum, test) => sum + (test.duration ?? 0), 0), tests: tests.length };
}

/** @param {import('./lib.js').Context} context @returns {Promise<import('./lib.js').Row[]>} */
export async function fuzzSection({ log }) {
	const suite = runProperties(SUITE_CASES);
	log(`fuzz ${SUITE_CASES} cases: ${(suite.ms / 1000).toFixed(1)} s for ${suite.tests} properties`);
	const full = runProperties(CASES);
	log(`fuzz ${CASES} cases: ${(full.ms / 1000).toFixed(1)} s for ${full.tests} properties`);
	return [
		row({
			section: 'Fuzz (fast-check, parser and import)',
			metric: `${full.tests} properties × ${CASES.toLocaleString('en')} cases, all pass`,
			unit: 's',
			lectern: [full.ms / 1000],
			baseline: [((suite.ms / 1000) * CASES) / SUITE_CASES],
			baselineName: `${SUITE_CASES} cases, scaled ×${CASES / SUITE_CASES}`,
			note: 'a ratio near 1 means the cost per case does not grow as cases get rarer'
		})
	];
}
