// What a page reads before the reader does anything: an article's saved place, the saved settings. It opens
// the database as it is, reads one record, and closes it, without storage's own code (its migrations and
// repositories load when the reader first does something: reader/session.ts, settings/store.svelte.ts). It
// never creates the database: on a first visit there is none and nothing to read, and the database is made
// by the code that owns its schema.
import { openDB, type StoreKey, type StoreNames, type StoreValue } from 'idb';
import { DB_NAME, SETTINGS_ID, type LecternSchema } from './schema';

type Peeked<Name extends StoreNames<LecternSchema>> =
	{ ok: true; value: StoreValue<LecternSchema, Name> | undefined } | { ok: false };

/** How long a peek waits for the database: an upgrade another tab cannot finish holds every open back. */
const PEEK_WAIT_MS = 1500;

/**
 * One record (undefined when none is saved, or there is no database yet), or `ok: false` when the database
 * cannot be opened (storage off, as in some private windows): storage's own code says so to the reader. A
 * database that does not answer within `waitMs` is taken to hold nothing, so nothing waits on it for long.
 */
export function peek<Name extends StoreNames<LecternSchema>>(
	store: Name,
	key: StoreKey<LecternSchema, Name>,
	waitMs = PEEK_WAIT_MS
): Promise<Peeked<Name>> {
	const nothing = new Promise<Peeked<Name>>((resolve) =>
		setTimeout(() => resolve({ ok: true, value: undefined }), waitMs)
	);
	return Promise.race([read(store, key), nothing]);
}

async function read<Name extends StoreNames<LecternSchema>>(
	store: Name,
	key: StoreKey<LecternSchema, Name>
): Promise<Peeked<Name>> {
	let firstVisit = false;
	try {
		const db = await openDB<LecternSchema>(DB_NAME, undefined, {
			// No database yet: aborting its creation leaves none behind (not an empty one at version 1).
			upgrade: (_db, _from, _to, transaction) => {
				firstVisit = true;
				// The abort settles idb's promise for the transaction as a failure, meant here.
				transaction.done.catch(() => undefined);
				transaction.abort();
			},
			// Another tab upgrades the database: this short read gives way.
			blocking: (_current, _blocked, event) => (event.target as IDBDatabase).close()
		});
		try {
			return { ok: true, value: db.objectStoreNames.contains(store) ? await db.get(store, key) : undefined };
		} finally {
			db.close();
		}
	} catch {
		return firstVisit ? { ok: true, value: undefined } : { ok: false };
	}
}

/** The saved place of an article (see `peek`). */
export const peekPlace = (articleId: string) => peek('progress', articleId);

/** The saved settings record (see `peek`). */
export const peekSettings = () => peek('settings', SETTINGS_ID);
