// The player's announcements: one per change of state, never one per sentence.
import type { Narrator, SleepSetting } from '$lib/speech';

export function statusFor(narrator: Pick<Narrator, 'state' | 'error' | 'notice' | 'pausedBySleep'>): string {
	switch (narrator.state) {
		case 'waiting-for-voices':
			return 'Loading voices…';
		case 'playing':
			return narrator.notice ? `Reading. ${narrator.notice}` : 'Reading';
		case 'paused':
			return narrator.error ?? (narrator.pausedBySleep ? 'Paused by the sleep timer' : 'Paused');
		case 'finished':
			return 'Finished';
		case 'error':
			return narrator.error ?? 'Read aloud stopped because of an error.';
		default:
			return '';
	}
}

/** What the status region says when the reader sets the sleep timer. */
export function sleepStatus(setting: SleepSetting): string {
	if (setting === null) return 'Sleep timer off';
	if (setting === 'end-of-article') return 'Sleep timer: end of article';
	return `Sleep timer: ${setting} ${setting === 1 ? 'minute' : 'minutes'}`;
}

/** The time left on a running sleep timer, in words ('' when off). */
export function sleepRemaining(remaining: number | 'end-of-article' | null): string {
	if (remaining === null) return '';
	if (remaining === 'end-of-article') return 'Reading stops at the end of the article.';
	const minutes = Math.max(1, Math.ceil(remaining / 60_000));
	return `Reading stops in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** Statuses the player's icons already show (reading, paused, done): said, not shown. */
export function calmStatus(text: string): boolean {
	return text === '' || text === 'Reading' || text === 'Paused' || text === 'Finished';
}
