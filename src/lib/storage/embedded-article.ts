import type { StorageResult } from './errors';
import { withLibraryKeys } from './library-keys';
import { EMBEDDED_REMOVED, type ArticleRecord, type LecternDb } from './schema';
import { sourceRevision } from './source-text';
import { withTransaction } from './transaction';

/** The article that ships with Lectern, as the build parsed it. */
export type EmbeddedArticle = Pick<
	ArticleRecord,
	'id' | 'title' | 'lang' | 'dir' | 'source' | 'wordCount'
> & {
	blockCount: number;
};

/** How the library describes where the embedded article came from. */
export const EMBEDDED_ORIGIN = 'Comes with Lectern';

/** `removed`: the reader deleted it from the library, so it stays out. */
export type EnsureOutcome = 'added' | 'updated' | 'unchanged' | 'removed';

/**
 * Whether the stored copy is this build's. The text itself is compared, not its revision: comparing two
 * strings is one pass in native code, while the revision hashes every byte in script, on every start.
 */
function matches(stored: ArticleRecord, shipped: EmbeddedArticle): boolean {
	return (
		stored.source === shipped.source &&
		stored.sourceRevision !== undefined &&
		stored.title === shipped.title &&
		stored.lang === shipped.lang &&
		stored.dir === shipped.dir &&
		stored.wordCount === shipped.wordCount &&
		stored.blockCount === shipped.blockCount &&
		stored.origin === EMBEDDED_ORIGIN
	);
}

/**
 * First-run save of the embedded article, safe to call on every start: adds it when absent, refreshes its
 * text when this build ships a different one (keeping createdAt, openedAt and the reading position), and
 * otherwise leaves it alone. One transaction, keyed by id, so two tabs starting at once cannot duplicate it.
 */
export function ensureEmbeddedArticle(
	db: LecternDb,
	shipped: EmbeddedArticle,
	now = Date.now()
): Promise<StorageResult<EnsureOutcome>> {
	// Copy field by field so extra properties on the caller's object (e.g. parsed blocks) are not stored
	const fields = () =>
		({
			id: shipped.id,
			title: shipped.title,
			lang: shipped.lang,
			dir: shipped.dir,
			source: shipped.source,
			wordCount: shipped.wordCount,
			blockCount: shipped.blockCount,
			origin: EMBEDDED_ORIGIN,
			sourceKind: 'embedded',
			sourceRevision: sourceRevision(shipped.source)
		}) satisfies Partial<ArticleRecord>;
	return withTransaction(db, ['articles', 'meta'], 'readwrite', async (tx): Promise<EnsureOutcome> => {
		const store = tx.objectStore('articles');
		const stored = await store.get(shipped.id);
		if (stored === undefined) {
			if ((await tx.objectStore('meta').get(EMBEDDED_REMOVED))?.value === true) return 'removed';
			await store.add(withLibraryKeys({ ...fields(), createdAt: now, updatedAt: now }));
			return 'added';
		}
		if (matches(stored, shipped)) return 'unchanged';
		// Only ever refresh Lectern's own copy; the id is reserved, so this guards data from older builds
		if (stored.sourceKind !== 'embedded') return 'removed';
		await store.put(withLibraryKeys({ ...stored, ...fields(), updatedAt: now }));
		return 'updated';
	});
}
