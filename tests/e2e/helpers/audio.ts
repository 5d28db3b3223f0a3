// Records what the null sink plays and measures it with sox: proof that speech was (or was not) heard.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Records the null sink's monitor for `ms` milliseconds and returns the RMS amplitude (0 = silence). */
export async function recordRms(ms: number): Promise<number> {
	const file = join(mkdtempSync(join(tmpdir(), 'lectern-rec-')), 'out.wav');
	const recorder = spawn('parec', ['-d', 'null.monitor', '--file-format=wav', file], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, ms));
	const exited = new Promise((resolve) => recorder.once('exit', resolve));
	recorder.kill('SIGINT');
	await exited;
	// sox prints its statistics on stderr.
	const { stderr } = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' });
	const match = /RMS\s+amplitude:\s+([\d.]+)/.exec(stderr);
	if (!match?.[1]) throw new Error(`sox gave no RMS amplitude for ${file}`);
	return Number(match[1]);
}
