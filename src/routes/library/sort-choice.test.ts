import { describe, expect, it } from 'vitest';
import { SORT_KEY, readSortChoice, saveSortChoice } from './sort-choice';

function memoryStore() {
	const values = new Map<string, string>();
	return {
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value)
	};
}

describe('the remembered sort order', () => {
	it('reads back the order the reader chose', () => {
		const store = memoryStore();
		saveSortChoice('title', store);
		expect(store.getItem(SORT_KEY)).toBe('title');
		expect(readSortChoice(store)).toBe('title');
	});

	it('starts with "recently opened" when nothing, or nothing it knows, was saved', () => {
		const store = memoryStore();
		expect(readSortChoice(store)).toBe('recent');
		store.setItem(SORT_KEY, 'by-colour');
		expect(readSortChoice(store)).toBe('recent');
		expect(readSortChoice(null)).toBe('recent');
	});

	it('keeps working when the browser refuses to save it', () => {
		const full = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		};
		expect(() => saveSortChoice('title', full)).not.toThrow();
		expect(readSortChoice(full)).toBe('recent');
	});
});
