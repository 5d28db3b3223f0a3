// Whether this browser speaks, and speech unlocked inside a press: the little of speech the page needs before
// read-aloud's code has loaded.
//
// Safari (iOS above all) speaks only when speak() is first called within the event of a press; read-aloud's
// code may still be loading then, so the press speaks a blank utterance at once and the reading follows when
// the code is ready (Chrome and Firefox need only the press itself).

/** Whether this browser can read aloud at all; some embedded browsers and old Android WebViews cannot. */
export function hasSpeechSynthesis(): boolean {
	return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/**
 * Speaks nothing, so the reading that follows this press is allowed to speak. A space, not an empty string:
 * with Chromium and speech-dispatcher the reading queued behind an empty utterance never started, cancelled or
 * not; behind a space it starts at once (tests/e2e/speech.spec.ts, real speech). At the default volume: with
 * volume 0, WebKitGTK's page crashed at the press (tests/smoke/webkit.smoke.js); a space is silent anyway.
 */
export function primeSpeech(): void {
	if (!hasSpeechSynthesis()) return;
	speechSynthesis.speak(new SpeechSynthesisUtterance(' '));
}
