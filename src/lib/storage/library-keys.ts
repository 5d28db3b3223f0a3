import type { ArticleInput, ArticleRecord } from './schema';

/** Folds case and accents so titles sort as a reader expects; IndexedDB itself compares code units. */
export function sortTitle(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/^[^\p{L}\p{N}]+/u, '')
		.trim();
}

/** The record as stored: the input plus the library's index keys, always derived from its own fields. */
export function withLibraryKeys(input: ArticleInput | ArticleRecord): ArticleRecord {
	return { ...input, recentAt: input.openedAt ?? input.createdAt, sortTitle: sortTitle(input.title) };
}
