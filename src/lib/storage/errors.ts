export type StorageErrorKind = 'unavailable' | 'quota' | 'blocked' | 'failed';

export interface StorageError {
	kind: StorageErrorKind;
	/** A sentence for the page's status region: what happened and what the reader can do. */
	message: string;
	cause?: unknown;
	/** The database could not be opened (or another tab took it over), so the operation never ran. */
	atOpen?: boolean;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
	unavailable:
		'Lectern cannot save on this device: the browser’s storage is turned off or unavailable, as in some private windows. You can still read, but nothing will be kept after you close the page.',
	quota:
		'Lectern could not save: this device is out of storage space. Delete some saved articles or free up space, then try again.',
	blocked:
		'This tab lost its connection to Lectern’s storage, usually because Lectern was updated in another tab. Reload the page to keep saving.',
	failed:
		'Lectern could not read or save your articles because of a storage problem. Try again, and reload the page if it keeps happening.'
};

export const NEWER_VERSION_MESSAGE =
	'Your saved articles were written by a newer version of Lectern. Reload the page to get the latest version.';

export function storageError(kind: StorageErrorKind, cause?: unknown, message = STORAGE_MESSAGES[kind]) {
	const error: StorageError = { kind, message };
	if (cause !== undefined) error.cause = cause;
	return error;
}

export function failure<T>(error: StorageError): StorageResult<T> {
	return { ok: false, error };
}

/** Older Firefox and Safari report a full disk under these names instead of QuotaExceededError. */
const QUOTA_NAMES = new Set([
	'QuotaExceededError',
	'NS_ERROR_DOM_QUOTA_REACHED',
	'NS_ERROR_FILE_NO_DEVICE_SPACE'
]);
const QUOTA_WORDS = /quota|disk|no space|storage space|out of space|storage is full/iu;
/** Legacy DOMException code for QuotaExceededError. */
const QUOTA_CODE = 22;

function nameOf(e: unknown): string | undefined {
	return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string'
		? e.name
		: undefined;
}

function messageOf(e: unknown): string {
	return typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string'
		? e.message
		: '';
}

/** The error an AbortError or UnknownError wraps, when the engine gave one. */
function innerOf(e: unknown): unknown {
	if (typeof e !== 'object' || e === null) return undefined;
	if ('cause' in e && e.cause !== undefined) return e.cause;
	if ('inner' in e) return e.inner;
	return undefined;
}

function isQuota(e: unknown, depth = 0): boolean {
	const name = nameOf(e);
	if (name !== undefined && QUOTA_NAMES.has(name)) return true;
	if (e instanceof DOMException && e.code === QUOTA_CODE) return true;
	if (name === 'AbortError' || name === 'UnknownError') {
		const inner = innerOf(e);
		return QUOTA_WORDS.test(messageOf(e)) || (depth < 3 && inner !== undefined && isQuota(inner, depth + 1));
	}
	return false;
}

/** Maps anything IndexedDB threw or rejected with to a StorageError the page can show. */
export function toStorageError(e: unknown): StorageError {
	if (isQuota(e)) return storageError('quota', e);
	const name = nameOf(e);
	if (name === 'VersionError') return storageError('failed', e, NEWER_VERSION_MESSAGE);
	if (name === 'SecurityError') return storageError('unavailable', e);
	return storageError('failed', e);
}
