// The reader's settings for this page: applied at once, mirrored for the next first paint, saved in IndexedDB
// (the record of truth), and kept in step with Lectern's other open tabs.
import { whenEngaged } from '$lib/engagement';
import type { StorageError } from '$lib/storage';
import { peekSettings } from '$lib/storage/peek';
import { appMessages } from '$lib/status/messages.svelte';
import { loadStorage } from '$lib/status/storage-notices';
import { applySettings, MIRROR_KEY, readMirror, writeMirror } from './apply';
import {
	changedSettings,
	DEFAULT_SETTINGS,
	sameSettings,
	SETTINGS_VERSION,
	validateSettings,
	type ReadingSettings
} from './model';

const SAVE_DELAY_MS = 300;

const atOpen = (error: StorageError) => error.atOpen === true;

class ReadingSettingsStore {
	#current = $state.raw<ReadingSettings>({ ...DEFAULT_SETTINGS });
	#updatedAt = 0;
	#started: Promise<void> | null = null;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#listeners = new Set<(settings: ReadingSettings) => void>();

	get current(): ReadingSettings {
		return this.#current;
	}

	/** Calls `listener` now and after every change (here, or in another tab); returns an unsubscribe. */
	subscribe(listener: (settings: ReadingSettings) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#current);
		return () => this.#listeners.delete(listener);
	}

	/** Loads the settings (mirror first, then IndexedDB, the newer wins; a damaged record is repaired). */
	start(): Promise<void> {
		this.#started ??= this.#load();
		return this.#started;
	}

	update(change: Partial<ReadingSettings>): void {
		const next = validateSettings({ ...this.#current, ...change }).settings;
		if (sameSettings(next, this.#current)) return;
		// Always later than what this tab has seen, so other tabs take it even if a clock stepped back.
		this.#commit(next, Math.max(Date.now(), this.#updatedAt + 1));
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => void this.#save(), SAVE_DELAY_MS);
	}

	reset(): void {
		this.update({ ...DEFAULT_SETTINGS });
	}

	/** Saves now (before a reload or when the page is hidden). */
	async flush(): Promise<void> {
		if (this.#saveTimer === undefined) return;
		clearTimeout(this.#saveTimer);
		await this.#save();
	}

	#commit(settings: ReadingSettings, updatedAt: number): void {
		this.#use(settings, updatedAt);
		writeMirror(settings, updatedAt);
	}

	#use(settings: ReadingSettings, updatedAt: number): void {
		this.#current = settings;
		this.#updatedAt = updatedAt;
		applySettings(settings);
		for (const listener of this.#listeners) listener(settings);
	}

	async #load(): Promise<void> {
		const mirror = readMirror();
		if (mirror) this.#use(mirror.settings, mirror.updatedAt);
		// Another tab changed the settings: its mirror write reaches this tab as a storage event.
		addEventListener('storage', (event) => {
			if (event.key !== MIRROR_KEY) return;
			const changed = readMirror(event.newValue);
			if (changed && changed.updatedAt >= this.#updatedAt) this.#use(changed.settings, changed.updatedAt);
		});
		addEventListener('pagehide', () => void this.flush());

		// Every change writes the mirror at once, in every tab (or removes it when it cannot be written): with one
		// to read, the database can only hold the same settings, or older ones, or damaged ones; without one and
		// without a record (a first visit), it holds nothing. Checking it then waits until the reader does
		// something, so a page only looked at loads no storage code. A record with no mirror (the mirror cleared)
		// is put on the page now, and storage that cannot be opened is reported now.
		const peeked = mirror ? null : await peekSettings();
		if (mirror || (peeked?.ok && !peeked.value)) await whenEngaged();
		const storage = await loadStorage();
		if (!storage) return;
		const stored = await storage.loadSettings();
		if (!stored.ok) return atOpen(stored.error) ? undefined : appMessages.say(stored.error.message);
		const record = stored.value;
		const checked = record ? validateSettings(record.values) : null;
		if (record && checked && record.updatedAt > this.#updatedAt) {
			this.#commit(checked.settings, record.updatedAt);
		}
		// Save when the database lacks the newer mirror, or holds a record that needed repair.
		const needsSave =
			!record ||
			record.updatedAt < this.#updatedAt ||
			(checked !== null && checked.repaired.length > 0) ||
			record.version !== SETTINGS_VERSION;
		if (needsSave && (record || this.#updatedAt > 0)) await this.#save();
		// Rewrite the mirror from what was checked, so a damaged one is repaired for the next first paint.
		if (this.#updatedAt > 0) writeMirror(this.#current, this.#updatedAt);
	}

	async #save(): Promise<void> {
		this.#saveTimer = undefined;
		const storage = await loadStorage();
		// Its code did not load: that was said, with a Reload; the settings apply on this page all the same.
		if (!storage) return;
		const saved = await storage.saveSettings(changedSettings(this.#current), {
			version: SETTINGS_VERSION,
			now: this.#updatedAt || Date.now()
		});
		if (!saved.ok && !atOpen(saved.error))
			appMessages.say(`Your text settings apply now but could not be saved: ${saved.error.message}`);
	}
}

export const readingSettings = new ReadingSettingsStore();
