/** Sent on window when read-aloud moves to a sentence (detail: its Range), for line focus to follow. */
export const SENTENCE_EVENT = 'lectern:sentence';
