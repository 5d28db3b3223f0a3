/** Words separated by whitespace; a deliberately simple count for records that predate `wordCount`. */
export function countWords(text: string): number {
	const trimmed = text.trim();
	return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit) over the UTF-8 bytes, as 8 hex digits: stable across runs, browsers and builds. */
export function sourceRevision(text: string): string {
	let hash = FNV_OFFSET_BASIS;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		// Math.imul keeps the multiply in 32-bit integer space, as FNV requires
		hash = Math.imul(hash, FNV_PRIME) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
