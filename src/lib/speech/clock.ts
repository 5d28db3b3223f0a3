/** Time as the narrator and the fake engine see it; tests swap in vitest's fake timers through the globals. */
export interface Clock {
	now(): number;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/** The real clock; each call reads the globals then, so `vi.useFakeTimers()` after import still applies. */
export const systemClock: Clock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};
