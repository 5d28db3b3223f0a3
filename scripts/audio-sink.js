// Real speech needs an audio sink: a private PulseAudio with a null sink (TESTING.md). Chromium, started with
// this XDG_RUNTIME_DIR, autospawns speech-dispatcher, which plays into it. Used by the tests and the benchmark.
import { execFileSync } from 'node:child_process';
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
