import type { ImportError, ImportErrorCode, ImportField } from './types';

import { MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

const MEGABYTE = 1024 * 1024;
const READABLE_TYPES = '.txt, .md and .html files';
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

export function tooLargeError(field: ImportField, bytes: number, name = ''): ImportError {
	const limit = `${MAX_IMPORT_BYTES / MEGABYTE} MB`;
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
