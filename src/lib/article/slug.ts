const MAX_SLUG_LENGTH = 64;

// Ids the page itself uses for landmarks, so a heading can never steal them.
const RESERVED_IDS = ['title', 'main', 'article', 'contents'];

/** Lower-case slug keeping letters, marks and digits of every script; '' when nothing is left. */
export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	const chars = Array.from(slug);
	if (chars.length <= MAX_SLUG_LENGTH) return slug;
	// Cut long slugs at a word boundary so the id stays readable.
	const cut = chars.slice(0, MAX_SLUG_LENGTH + 1).join('');
	const boundary = cut.lastIndexOf('-');
	const short = boundary > 0 ? cut.slice(0, boundary) : chars.slice(0, MAX_SLUG_LENGTH).join('');
	return short.replace(/-+$/, '');
}

/** Returns a function giving each heading of one article a unique, non-empty id that no landmark uses. */
export function headingIdMaker(): (text: string) => string {
	const used = new Set(RESERVED_IDS);
	// The next suffix to try per base, so a book with thousands of "Notes" headings is not quadratic.
	const next = new Map<string, number>();
	let headings = 0;
	return (text) => {
		headings++;
		const base = slugify(text) || `section-${headings}`;
		let id = base;
		let n = next.get(base) ?? 2;
		for (; used.has(id); n++) id = `${base}-${n}`;
		next.set(base, n);
		used.add(id);
		return id;
	};
}
