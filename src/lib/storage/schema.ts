import type { DBSchema, IDBPDatabase } from 'idb';
import type { Block, TextDirection } from '$lib/article/types';

export const DB_NAME = 'lectern';

/** The schema version this build opens; `migrations.ts` must end at this number. */
export const DB_VERSION = 5;

export type SourceKind = 'embedded' | 'text' | 'markdown' | 'html' | 'share' | 'note' | 'epub';

export interface ArticleRecord {
	id: string;
	title: string;
	/** BCP 47 language tag, e.g. `en-GB`. */
	lang: string;
	dir: TextDirection;
	/** The original text, kept so the article can be re-parsed when the parser improves. */
	source: string;
	sourceKind: SourceKind;
	/** For the embedded copy only: FNV-1a hash of `source`, so a new build can tell its text changed. */
	sourceRevision?: string;
	createdAt: number;
	/** When the text or title last changed (not when it was read). */
	updatedAt: number;
	/** Absent until first opened, so never-opened articles stay out of the `by-opened` index. */
	openedAt?: number;
	wordCount: number;
	/** The parsed body of an imported article, so opening it needs no parser; absent for the embedded one. */
	blocks?: Block[];
	/** Blocks in the body, for the library's progress figure. */
	blockCount?: number;
	/** Where it came from, for the library: "Pasted text", a file name, a web address's host. */
	origin?: string;
	/** Index key for "recently opened": when last opened, else when added, so new imports list first too. */
	recentAt: number;
	/** Index key for "title": case- and accent-folded so "apple" sorts beside "Apple", not after "Zebra". */
	sortTitle: string;
}

/** The fields storage derives itself (the library's sort keys). */
export type ArticleInput = Omit<ArticleRecord, 'recentAt' | 'sortTitle'>;

/** A Web Share Target POST as the service worker received it, waiting for a page to import it. */
export interface PendingShare {
	id: string;
	receivedAt: number;
	title?: string;
	text?: string;
	url?: string;
	/** `size` is the file's real size; over the import limit its bytes are not kept (`bytes` is empty). */
	files: { name: string; type: string; bytes: ArrayBuffer; size?: number }[];
	/** Posted by a web page rather than the system's share sheet: shown for the reader to confirm, never saved unasked. */
	fromWebPage?: boolean;
}

/** A small fact about this device's library, e.g. that the reader removed the embedded article. */
export interface MetaRecord {
	id: string;
	value: unknown;
	updatedAt: number;
}

/** Set when the reader deleted the embedded article, so a new start does not put it back. */
export const EMBEDDED_REMOVED = 'embedded-removed';

export interface ProgressRecord {
	articleId: string;
	block: number;
	sentence: number;
	/** First ~40 characters of the sentence, to re-anchor if the text changed. */
	quote: string;
	scrollBlock?: number;
	/** When read-aloud last started a sentence here; absent when the place comes only from scrolling. */
	spokenAt?: number;
	updatedAt: number;
}

export const SETTINGS_ID = 'reading';

export interface SettingsRecord {
	id: typeof SETTINGS_ID;
	/** Version of the `values` shape; the settings module owns its meaning and validation. */
	version: number;
	values: Record<string, unknown>;
	updatedAt: number;
}

/** A pronunciation rule ("say this as that"); the pronunciation module owns its meaning and validation. */
export interface PronunciationRecord {
	id: string;
	/** Primary language subtag, e.g. `en`. */
	lang: string;
	match: string;
	say: string;
	pattern: boolean;
	caseSensitive: boolean;
	updatedAt: number;
}

export interface LecternSchema extends DBSchema {
	pronunciations: { key: string; value: PronunciationRecord; indexes: { 'by-lang': string } };
	articles: {
		key: string;
		value: ArticleRecord;
		indexes: {
			'by-updated': number;
			'by-opened': number;
			'by-title': string;
			'by-recent': number;
			'by-sort-title': string;
		};
	};
	shares: { key: string; value: PendingShare };
	meta: { key: string; value: MetaRecord };
	progress: { key: string; value: ProgressRecord };
	settings: { key: typeof SETTINGS_ID; value: SettingsRecord };
}

export type StoreName = 'articles' | 'progress' | 'settings' | 'shares' | 'meta' | 'pronunciations';

export type LecternDb = IDBPDatabase<LecternSchema>;
