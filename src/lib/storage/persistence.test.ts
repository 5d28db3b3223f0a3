import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, requestPersistence, storageEstimate, type StorageManagerLike } from './persistence';

function stubStorage({ persisted = false, grant = true } = {}) {
	return {
		persisted: vi.fn(() => Promise.resolve(persisted)),
		persist: vi.fn(() => Promise.resolve(grant)),
		estimate: vi.fn(() => Promise.resolve({ usage: 1_234_567, quota: 2_000_000_000 }))
	} satisfies StorageManagerLike;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('requestPersistence', () => {
	it('asks the browser once when storage is not yet persistent, and reports its answer', async () => {
		const storage = stubStorage({ grant: true });

		expect(await requestPersistence(storage)).toBe(true);
		expect(storage.persist).toHaveBeenCalledOnce();
	});

	it('reports a refusal', async () => {
		expect(await requestPersistence(stubStorage({ grant: false }))).toBe(false);
	});

	it('does not ask again when storage is already persistent', async () => {
		const storage = stubStorage({ persisted: true });

		expect(await requestPersistence(storage)).toBe(true);
		expect(storage.persist).not.toHaveBeenCalled();
	});

	it('reports false when the browser has no persistence API', async () => {
		expect(await requestPersistence({})).toBe(false);
		expect(await requestPersistence(undefined)).toBe(false);
	});

	it('reports false, and logs why, when the browser fails to answer', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const storage = { ...stubStorage(), persist: () => Promise.reject(new Error('denied')) };

		expect(await requestPersistence(storage)).toBe(false);
		expect(warn).toHaveBeenCalledOnce();
	});
});

describe('storageEstimate', () => {
	it('reports how much space is used and available', async () => {
		expect(await storageEstimate(stubStorage())).toEqual({ usage: 1_234_567, quota: 2_000_000_000 });
	});

	it('reports nothing when the browser cannot estimate', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

		expect(await storageEstimate({})).toBeNull();
		expect(await storageEstimate({ estimate: () => Promise.resolve({}) })).toBeNull();
		expect(await storageEstimate({ estimate: () => Promise.reject(new Error('no')) })).toBeNull();
		expect(warn).toHaveBeenCalledOnce();
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[999, '999 bytes'],
		[1000, '1 kB'],
		[1_234_567, '1.2 MB'],
		[999_960, '1 MB'],
		[2_000_000_000, '2 GB'],
		[3.5e12, '3.5 TB'],
		[-5, '0 bytes'],
		[Number.NaN, '0 bytes']
	])('shows %d as "%s"', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});
