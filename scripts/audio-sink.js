// Real speech needs an audio sink: a private PulseAudio with a null sink (TESTING.md). Chromium, started with
// this XDG_RUNTIME_DIR, autospawns speech-dispatcher, which plays into it. Used by the tests and the benchmark.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @returns {{ runtime: string, stop: () => void }} the XDG_RUNTIME_DIR to start Chromium with, and a stop */
export function startAudioSink() {
	const runtime = mkdtempSync(join(tmpdir(), 'lectern-audio-'));
	chmodSync(runtime, 0o700);
	const env = { ...process.env, XDG_RUNTIME_DIR: runtime };
	try {
		execFileSync('pulseaudio', ['-D', '--exit-idle-time=-1'], { env, stdio: 'ignore' });
		execFileSync('pactl', ['load-module', 'module-null-sink', 'sink_name=null'], { env, stdio: 'ignore' });
		execFileSync('pactl', ['set-default-sink', 'null'], { env, stdio: 'ignore' });
	} catch (error) {
		throw new Error(
			`Could not start PulseAudio with a null sink for real speech (${String(error)}). ` +
				'Run scripts/setup.sh: it installs pulseaudio, speech-dispatcher and espeak-ng.'
		);
	}
	return { runtime, stop: () => execFileSync('pulseaudio', ['--kill'], { env, stdio: 'ignore' }) };
}

/**
 * Records the null sink's monitor for `ms` milliseconds and returns the RMS amplitude (0 = silence): proof that
 * speech was (or was not) heard.
 * @param {number} ms
 * @param {string | undefined} [runtime] the sink's XDG_RUNTIME_DIR (by default this process's)
 * @returns {Promise<number>}
 */
export async function recordRms(ms, runtime = process.env.XDG_RUNTIME_DIR) {
	const env = { ...process.env, XDG_RUNTIME_DIR: runtime };
	const file = join(mkdtempSync(join(tmpdir(), 'lectern-rec-')), 'out.wav');
	const recorder = spawn('parec', ['-d', 'null.monitor', '--file-format=wav', file], {
		env,
		stdio: 'ignore'
	});
	await new Promise((resolve) => setTimeout(resolve, ms));
	const exited = new Promise((resolve) => recorder.once('exit', resolve));
	recorder.kill('SIGINT');
	await exited;
	// sox prints its statistics on stderr.
	const { stderr } = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' });
	const match = /RMS\s+amplitude:\s+([\d.]+)/.exec(stderr);
	if (!match?.[1]) throw new Error(`sox gave no RMS amplitude for ${file}: ${stderr.trim()}`);
	return Number(match[1]);
}
