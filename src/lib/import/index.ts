// The import pipeline: pasted text, files and shares in; text-only articles (or a typed error) out.
export { MAX_IMPORT_BYTES } from './errors';
export { detectLanguage, directionOf, LANGUAGE_CHOICES } from './language';
export { importFile, importShare, importText } from './pipeline';
export type {
	ImportedArticle,
	ImportError,
	ImportErrorCode,
	ImportField,
	ImportOptions,
	ImportResult
} from './types';
