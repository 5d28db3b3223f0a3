// Word of the pronunciation list to the page's player: rules changed (read them again, so the next sentence is
// said the new way) or a rule is about to be played aloud (pause the reading, so the two do not overlap).
// Module-level, as the page has one player and the fix dialog must not import any player code.

export type RulesEvent = 'changed' | 'trying';

const listeners = new Set<(event: RulesEvent) => void>();

/** Listens to the list's events; returns the function that stops listening. */
export function onRulesEvent(listener: (event: RulesEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export function emitRulesEvent(event: RulesEvent): void {
	for (const listener of listeners) listener(event);
}
