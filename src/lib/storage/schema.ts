import type { DBSchema, IDBPDatabase } from 'idb';
import type { TextDirection } from '$lib/article/types';

export const DB_NAME = 'lectern';

/** The schema version this build opens; `migrations.ts` must end at this number. */
export const DB_VERSION = 3;

export type SourceKind = 'embedded' | 'text' | 'markdown' | 'html' | 'share' | 'note';

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
}

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

export interface LecternSchema extends DBSchema {
	articles: {
		key: string;
		value: ArticleRecord;
		indexes: { 'by-updated': number; 'by-opened': number; 'by-title': string };
	};
	progress: { key: string; value: ProgressRecord };
	settings: { key: typeof SETTINGS_ID; value: SettingsRecord };
}

export type StoreName = 'articles' | 'progress' | 'settings';

export type LecternDb = IDBPDatabase<LecternSchema>;
