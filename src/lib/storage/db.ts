import { wrap } from 'idb';
import { failure, storageError, toStorageError, type StorageError, type StorageResult } from './errors';
import { MIGRATIONS, runMigrations, type Migration, type UpgradeTransaction } from './migrations';
import { DB_NAME, DB_VERSION, type LecternDb } from './schema';

export interface OpenLecternDbOptions {
	/** This tab holds an old connection that stands in the way of a newer Lectern; it is already closed. */
	onBlocking?: () => void;
	/** This tab's upgrade waits for other tabs to close their connection. */
	onBlocked?: () => void;
	/** The browser closed the connection abnormally, e.g. the reader cleared site data. */
	onTerminated?: () => void;
	/** Defaults to the global `indexedDB`; tests pass a fresh fake factory. */
	indexedDB?: IDBFactory;
}

function findFactory(given: IDBFactory | undefined): StorageResult<IDBFactory> {
	if (given !== undefined) return { ok: true, value: given };
	try {
		// Reading the global itself throws a SecurityError in some sandboxed frames
		const global: IDBFactory | undefined = globalThis.indexedDB;
		return global ? { ok: true, value: global } : failure(storageError('unavailable'));
	} catch (e) {
		return failure(storageError('unavailable', e));
	}
}

/** Open failures mostly mean storage is off (private modes, blocked cookies); some keep their own meaning. */
function openError(e: unknown): StorageError {
	const error = toStorageError(e);
	const keepsMeaning = e instanceof DOMException && (e.name === 'VersionError' || e.name === 'AbortError');
	return error.kind !== 'failed' || keepsMeaning ? error : storageError('unavailable', e);
}

/**
 * Opens the database at `version` running `migrations`. Exported for tests, which open at old versions or
 * add a fake newer step; the app calls `openLecternDb`.
 */
export async function openLecternDbAtVersion(
	version: number,
	migrations: readonly Migration[],
	options: OpenLecternDbOptions = {}
): Promise<StorageResult<LecternDb>> {
	const factory = findFactory(options.indexedDB);
	if (!factory.ok) return factory;
	let request: IDBOpenDBRequest;
	try {
		request = factory.value.open(DB_NAME, version);
	} catch (e) {
		return failure(openError(e));
	}
	let upgradeError: unknown;
	request.addEventListener('upgradeneeded', (event) => {
		const tx = request.transaction;
		// The spec always sets it here; failing loudly beats committing a version with no stores
		if (tx === null) throw new Error('IndexedDB fired upgradeneeded without an upgrade transaction');
		// wrap() is untyped; these are the upgrade connection and transaction idb's own openDB would hand over
		const upgradeTx = wrap(tx) as unknown as UpgradeTransaction;
		// The open request reports the failure too, but this reason is more precise (e.g. quota mid-migration)
		upgradeTx.done.catch((e: unknown) => (upgradeError ??= e));
		try {
			runMigrations(wrap(request.result) as LecternDb, upgradeTx, event.oldVersion, version, migrations);
		} catch (e) {
			// Aborting rolls the whole upgrade back, so the old version and its data stay as they were
			upgradeError = e;
			tx.abort();
		}
	});
	request.addEventListener('blocked', () => options.onBlocked?.());
	let db: IDBDatabase;
	try {
		db = await new Promise<IDBDatabase>((resolve, reject) => {
			request.addEventListener('success', () => resolve(request.result));
			request.addEventListener('error', () =>
				reject(request.error ?? new DOMException('Open failed', 'UnknownError'))
			);
		});
	} catch (e) {
		return failure(upgradeError === undefined ? openError(e) : toStorageError(upgradeError));
	}
	db.addEventListener('versionchange', () => {
		// Close first so the other tab's upgrade can proceed, then let the page say so
		db.close();
		options.onBlocking?.();
	});
	db.addEventListener('close', () => options.onTerminated?.());
	return { ok: true, value: wrap(db) as LecternDb };
}

/** Opens Lectern's database at the current version, upgrading it if needed. Never throws. */
export function openLecternDb(options: OpenLecternDbOptions = {}): Promise<StorageResult<LecternDb>> {
	return openLecternDbAtVersion(DB_VERSION, MIGRATIONS, options);
}
