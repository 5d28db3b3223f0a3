import { MAX_EPUB_BYTES, MAX_IMPORT_BYTES } from './limits';

/** The kinds of file Lectern reads; each has its own parser. */
export type FileKind = 'text' | 'markdown' | 'html' | 'epub';

export type FileType = { ok: true; kind: FileKind } | { ok: false; description?: string };

// Maps, not object literals: a file named "x.constructor" must not find Object.prototype's members.
const READABLE_EXTENSIONS = new Map<string, FileKind>([
	['txt', 'text'],
	['text', 'text'],
	['md', 'markdown'],
	['markdown', 'markdown'],
	['mdown', 'markdown'],
	['mkd', 'markdown'],
	['html', 'html'],
	['htm', 'html'],
	['xhtml', 'html'],
	['epub', 'epub']
]);

const READABLE_MIME_TYPES = new Map<string, FileKind>([
	['text/plain', 'text'],
	['text/markdown', 'markdown'],
	['text/x-markdown', 'markdown'],
	['text/html', 'html'],
	['application/xhtml+xml', 'html'],
	['application/epub+zip', 'epub']
]);

// What common unreadable files are, so the message can say "is a PDF file" rather than only "cannot open".
const DESCRIPTIONS: [extensions: string[], description: string][] = [
	[['pdf'], 'a PDF file'],
	[['doc', 'docx', 'odt', 'rtf', 'pages'], 'a word-processor document'],
	[['mobi', 'azw', 'azw3', 'kfx', 'fb2', 'lit', 'ibooks'], 'an e-book'],
	[['xls', 'xlsx', 'ods', 'numbers', 'csv', 'tsv'], 'a spreadsheet'],
	[['ppt', 'pptx', 'odp', 'key'], 'a presentation'],
	[
		['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'heic', 'heif', 'bmp', 'tif', 'tiff', 'svg', 'ico'],
		'an image'
	],
	[['mp3', 'm4a', 'wav', 'ogg', 'oga', 'flac', 'aac', 'opus'], 'an audio file'],
	[['mp4', 'm4v', 'mov', 'webm', 'mkv', 'avi'], 'a video'],
	[['zip', 'gz', 'tgz', 'rar', '7z', 'tar', 'bz2', 'xz'], 'a compressed archive'],
	[['json', 'xml', 'yaml', 'yml'], 'a data file'],
	[['exe', 'dmg', 'apk', 'msi', 'deb', 'app'], 'a program']
];

const MIME_DESCRIPTIONS: [prefix: string, description: string][] = [
	['application/pdf', 'a PDF file'],
	['application/x-mobipocket', 'an e-book'],
	['application/zip', 'a compressed archive'],
	['image/', 'an image'],
	['audio/', 'an audio file'],
	['video/', 'a video']
];

/** The lower-case extension after the last dot; '' for none, and for dot-files such as ".profile". */
export function extensionOf(name: string): string {
	const base = name.replace(/^.*[/\\]/, '');
	const dot = base.lastIndexOf('.');
	return dot > 0
		? base
				.slice(dot + 1)
				.trim()
				.toLowerCase()
		: '';
}

/** The MIME type without parameters such as "; charset=utf-8". */
function essence(mime: string): string {
	return (mime.split(';')[0] ?? '').trim().toLowerCase();
}

function describe(extension: string, mime: string): string | undefined {
	const byExtension = DESCRIPTIONS.find(([extensions]) => extensions.includes(extension));
	if (byExtension) return byExtension[1];
	return MIME_DESCRIPTIONS.find(([prefix]) => mime.startsWith(prefix))?.[1];
}

/**
 * Decides how to read a file. The extension decides when it is one Lectern knows, readable or not, because
 * browsers guess MIME types from extensions anyway and often leave them empty; the MIME type only breaks the tie
 * for files without a known extension, such as "README" saved as text/plain.
 */
export function fileTypeOf(name: string, mime: string): FileType {
	const extension = extensionOf(name);
	const type = essence(mime);
	const byExtension = READABLE_EXTENSIONS.get(extension);
	if (byExtension) return { ok: true, kind: byExtension };
	const description = describe(extension, type);
	if (description) return { ok: false, description };
	const byMime = READABLE_MIME_TYPES.get(type);
	return byMime ? { ok: true, kind: byMime } : { ok: false };
}

/** The largest file of this name and type Lectern opens: EPUBs are ZIPs whose pictures are never unpacked. */
export function maxFileBytes(name: string, mime: string): number {
	const type = fileTypeOf(name, mime);
	return type.ok && type.kind === 'epub' ? MAX_EPUB_BYTES : MAX_IMPORT_BYTES;
}
