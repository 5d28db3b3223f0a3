// The read-aloud tests' audio sink (scripts/audio-sink.js); the workers' Chromium inherits XDG_RUNTIME_DIR.
import { startAudioSink } from '../../scripts/audio-sink.js';

export default function globalSetup(): () => void {
	const { runtime, stop } = startAudioSink();
	process.env.XDG_RUNTIME_DIR = runtime;
	return stop;
}
