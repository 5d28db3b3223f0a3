// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// One module state per page: each test loads fresh copies, with storage's code present or gone.
beforeEach(() => {
	vi.resetModules();
	vi.doUnmock('$lib/storage');
});

async function load() {
	const notices = await import('./storage-notices');
	const { appMessages } = await import('./messages.svelte');
	return { ...notices, appMessages };
}

describe("loading storage's code", () => {
	it('loads it once and shows its notices in the status region', async () => {
		let imports = 0;
		vi.doMock('$lib/storage', () => {
			imports += 1;
			return {
				onStorageNotice: (listener: (notice: { message: string; reload: boolean }) => void) =>
					listener({ message: 'Saving is off in this browser window.', reload: false })
			};
		});
		const { loadStorage, appMessages } = await load();
		const [first, second] = await Promise.all([loadStorage(), loadStorage()]);
		expect(first).not.toBeNull();
		expect(second).toBe(first);
		expect(imports).toBe(1);
		expect(appMessages.text).toBe('Saving is off in this browser window.');
	});

	it('says once, with a Reload, when the code cannot load, and tries again at the next call', async () => {
		let attempts = 0;
		vi.doMock('$lib/storage', () => {
			attempts += 1;
			throw new Error('Failed to fetch dynamically imported module');
		});
		const { loadStorage, appMessages, STORAGE_CODE_MISSING } = await load();
		expect(await loadStorage()).toBeNull();
		expect(appMessages.text).toBe(STORAGE_CODE_MISSING);
		expect(appMessages.action).toBe('reload');
		appMessages.clear();
		expect(await loadStorage()).toBeNull();
		expect(attempts).toBe(2);
		expect(appMessages.text).toBe('');
	});
});
