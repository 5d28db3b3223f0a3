/** The largest text Lectern imports: 5 MB, measured in UTF-8 bytes for files and pasted text alike. */
// Its own module, free of DOM types, so the service worker can share it.
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/**
 * The largest EPUB file: 50 MB. A book is a ZIP of its text and its pictures, and the pictures (often most of
 * the file) are never unpacked, so the file may be far larger than the text it yields; that text still meets
 * MAX_IMPORT_BYTES, like every import, because the reader, storage and read-aloud are measured at that size.
 */
export const MAX_EPUB_BYTES = 50 * MEGABYTE;

/**
 * What Lectern unpacks from one EPUB (its XHTML chapters and XML metadata, never pictures or fonts): 16 MB a
 * file and 64 MB in all, checked against the sizes the ZIP declares before anything is inflated and again
 * while inflating. Markup is rarely more than four times its text, so a book with 5 MB of text fits, and a
 * ZIP bomb (a small file that inflates to gigabytes) stops at the cap.
 */
export const MAX_EPUB_ENTRY_BYTES = 16 * MEGABYTE;
export const MAX_EPUB_UNPACKED_BYTES = 64 * MEGABYTE;
