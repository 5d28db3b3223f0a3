// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { replayEarlyTaps } from './early-taps';

describe('replaying what was pressed before the app started', () => {
	it('clicks held buttons again and tells a list box its change once, with its value now', () => {
		document.body.innerHTML = `
			<button id="b">Text settings</button>
			<select id="s"><option value="recent">Recent</option><option value="title">Title</option></select>`;
		const button = document.getElementById('b') as HTMLButtonElement;
		const select = document.getElementById('s') as HTMLSelectElement;
		const clicks = vi.fn();
		const changes = vi.fn((event: Event) => (event.target as HTMLSelectElement).value);
		button.addEventListener('click', clicks);
		// Delegated, as Svelte listens: the change must bubble to reach it.
		document.addEventListener('change', changes);
		select.value = 'title';
		window.lecternTaps = [select, button, select];

		expect(replayEarlyTaps(window)).toBe(2);
		expect(clicks).toHaveBeenCalledTimes(1);
		expect(changes).toHaveBeenCalledTimes(1);
		expect(changes.mock.results[0]?.value).toBe('title');
		expect(document.documentElement.hasAttribute('data-started')).toBe(true);
		expect(window.lecternTaps).toEqual([]);
	});

	it('finds a replaced element again by its id, and skips one that is gone', () => {
		document.body.innerHTML = '<button id="b">Play</button>';
		const clicks = vi.fn();
		document.getElementById('b')?.addEventListener('click', clicks);
		const replaced = document.createElement('button');
		replaced.id = 'b';
		const gone = document.createElement('button');
		window.lecternTaps = [replaced, gone];
		expect(replayEarlyTaps(window)).toBe(1);
		expect(clicks).toHaveBeenCalledTimes(1);
	});
});
