/** The largest text Lectern imports: 5 MB, measured in UTF-8 bytes for files and pasted text alike. */
// Its own module, free of DOM types, so the service worker can share it.
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
