import type { ImportError, ImportErrorCode, ImportField } from './types';

import { MAX_EPUB_ENTRY_BYTES, MAX_EPUB_UNPACKED_BYTES, MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

const MEGABYTE = 1024 * 1024;
const READABLE_TYPES = '.txt, .md, .html and .epub files';
// A file name is repeated in a sentence read aloud by screen readers, so very long ones are shortened.
const MAX_NAME_LENGTH = 60;

/** The reader-facing name of a file: quoted, shortened in the middle when long, or "This file" when unnamed. */
export function quotedName(name: string): string {
	const chars = Array.from(name.trim());
	if (chars.length === 0) return 'This file';
	if (chars.length <= MAX_NAME_LENGTH) return `“${chars.join('')}”`;
	const half = MAX_NAME_LENGTH / 2;
	return `“${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}”`;
}

/** Rounded up, so a file just over the limit never reads as "5.0 MB, more than 5 MB". */
function megabytes(bytes: number): string {
	return `${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1)} MB`;
}

function importError(code: ImportErrorCode, field: ImportField, message: string): ImportError {
	return { code, field, message };
}

export function emptyError(field: ImportField, name = ''): ImportError {
	return field === 'file'
		? importError('empty', field, `${quotedName(name)} is empty. Choose a file with some text in it.`)
		: importError('empty', field, 'There is no text to import. Paste some text or choose a file.');
}

export function emptyShareError(): ImportError {
	return importError(
		'empty',
		'text',
		'Nothing was shared with Lectern. Share some text or a link, or paste the text here.'
	);
}

/** `limit` is the largest file of its kind: an EPUB may be larger than a text file (see limits.ts). */
export function tooLargeError(
	field: ImportField,
	bytes: number,
	name = '',
	limitBytes = MAX_IMPORT_BYTES
): ImportError {
	const limit = `${limitBytes / MEGABYTE} MB`;
	return field === 'file'
		? importError(
				'too-large',
				field,
				`${quotedName(name)} is ${megabytes(bytes)}, more than the ${limit} Lectern can open. Split it into smaller files and open them one at a time.`
			)
		: importError(
				'too-large',
				field,
				`The pasted text is ${megabytes(bytes)}, more than the ${limit} Lectern can import at once. Paste a shorter part.`
			);
}

export function binaryError(name: string): ImportError {
	return importError(
		'binary',
		'file',
		`${quotedName(name)} holds binary data, not text. Choose a .txt, .md or .html file instead.`
	);
}

export function encodingError(name: string): ImportError {
	return importError(
		'encoding',
		'file',
		`${quotedName(name)} is not UTF-8 text. Save it as UTF-8 (most editors offer this under Save As) and try again.`
	);
}

/** `description` is what the file is, e.g. "a PDF file", when the extension or MIME type tells. */
export function unsupportedTypeError(name: string, description?: string): ImportError {
	const what = description
		? `${quotedName(name)} is ${description}.`
		: `Lectern cannot open ${quotedName(name).replace(/^This file$/, 'this file')}.`;
	return importError(
		'unsupported-type',
		'file',
		`${what} ${description ? 'Lectern' : 'It'} can open ${READABLE_TYPES}; for anything else, copy the text and paste it.`
	);
}

export function noContentError(field: ImportField, name = ''): ImportError {
	return field === 'file'
		? importError(
				'no-content',
				field,
				`${quotedName(name)} has no readable text. Choose a file with the article’s text in it, or copy the text and paste it.`
			)
		: importError(
				'no-content',
				field,
				'Lectern found no readable text in what you pasted. Paste the article’s text and try again.'
			);
}

export function notZipError(name: string): ImportError {
	return importError(
		'not-zip',
		'file',
		`${quotedName(name)} is not an EPUB book: every EPUB is a ZIP archive, and this file is not one. Check that you chose the book itself, or save it from its app again.`
	);
}

export function damagedEpubError(name: string): ImportError {
	return importError(
		'damaged',
		'file',
		`${quotedName(name)} is damaged: part of the book is cut off or cannot be unpacked. Download or export the book again and open the new copy.`
	);
}

export function encryptedEpubError(name: string): ImportError {
	return importError(
		'encrypted',
		'file',
		`${quotedName(name)} is locked with DRM (its chapters are encrypted), so Lectern cannot read it. Open a copy without DRM, such as one sold DRM-free or a public-domain edition.`
	);
}

export function noPackageError(name: string): ImportError {
	return importError(
		'no-package',
		'file',
		`${quotedName(name)} is not a complete EPUB book: it has no package document, the file that lists its chapters. Export the book again from the app that made it.`
	);
}

export function unpacksTooLargeError(name: string): ImportError {
	return importError(
		'unpacks-too-large',
		'file',
		`${quotedName(name)} unpacks to more than ${MAX_EPUB_ENTRY_BYTES / MEGABYTE} MB in one chapter or ${MAX_EPUB_UNPACKED_BYTES / MEGABYTE} MB in all, far more than any book’s text, so Lectern did not open it. If it is a real book, split it into smaller volumes.`
	);
}

/** A book whose text, once read out of its chapters, is over the limit every article has. */
export function bookTooLongError(name: string, bytes: number): ImportError {
	return importError(
		'too-large',
		'file',
		`${quotedName(name)} holds ${megabytes(bytes)} of text, more than the ${MAX_IMPORT_BYTES / MEGABYTE} MB Lectern can keep as one book. Split it into smaller volumes and open them one at a time.`
	);
}
