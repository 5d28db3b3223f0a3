// Real speech needs an audio sink: a private PulseAudio with a null sink (TESTING.md). Chromium, started by
// the workers with this XDG_RUNTIME_DIR, autospawns speech-dispatcher, which plays into it.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup(): () => void {
	const runtime = mkdtempSync(join(tmpdir(), 'lectern-audio-'));
	chmodSync(runtime, 0o700);
	const env = { ...process.env, XDG_RUNTIME_DIR: runtime };
	try {
		execFileSync('pulseaudio', ['-D', '--exit-idle-time=-1'], { env, stdio: 'ignore' });
		execFileSync('pactl', ['load-module', 'module-null-sink', 'sink_name=null'], { env, stdio: 'ignore' });
		execFileSync('pactl', ['set-default-sink', 'null'], { env, stdio: 'ignore' });
	} catch (error) {
		throw new Error(
			`Could not start PulseAudio with a null sink for the read-aloud tests (${String(error)}). ` +
				'Run scripts/setup.sh: it installs pulseaudio, speech-dispatcher and espeak-ng.'
		);
	}
	process.env.XDG_RUNTIME_DIR = runtime;
	return () => {
		execFileSync('pulseaudio', ['--kill'], { env, stdio: 'ignore' });
	};
}
