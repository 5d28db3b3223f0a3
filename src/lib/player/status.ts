// The player's announcements: one per change of state, never one per sentence.
import type { Narrator } from '$lib/speech';

export function statusFor(narrator: Pick<Narrator, 'state' | 'error' | 'notice'>): string {
	switch (narrator.state) {
		case 'waiting-for-voices':
			return 'Loading voices…';
		case 'playing':
			return narrator.notice ? `Reading. ${narrator.notice}` : 'Reading';
		case 'paused':
			return narrator.error ?? 'Paused';
		case 'finished':
			return 'Finished';
		case 'error':
			return narrator.error ?? 'Read aloud stopped because of an error.';
		default:
			return '';
	}
}
