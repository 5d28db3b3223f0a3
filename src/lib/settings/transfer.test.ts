import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ReadingSettings } from './model';
import { copySettingsLink, readSettingsFile, settingsFile, settingsFromHash, settingsLink } from './transfer';

const chosen: ReadingSettings = { ...DEFAULT_SETTINGS, theme: 'cream', font: 'atkinson', textScale: 1.5 };

function fileOf(text: string): Pick<File, 'size' | 'text'> {
	return { size: new TextEncoder().encode(text).byteLength, text: () => Promise.resolve(text) };
}

describe('settings carried to another device', () => {
	it('brings back from the saved file exactly the settings that were saved', async () => {
		const text = await settingsFile(chosen).text();
		expect(await readSettingsFile(fileOf(text))).toEqual({ ok: true, settings: chosen, rules: [] });
	});

	it('carries the pronunciation rules in the file, without their ids, and brings them back', async () => {
		const rule = {
			id: 'x1',
			lang: 'en',
			match: 'Rafah',
			say: 'RAH-fah',
			pattern: false,
			caseSensitive: true
		};
		const text = await settingsFile(chosen, [rule]).text();
		expect(text).not.toContain('x1');
		const portable = { lang: 'en', match: 'Rafah', say: 'RAH-fah', pattern: false, caseSensitive: true };
		expect(await readSettingsFile(fileOf(text))).toEqual({ ok: true, settings: chosen, rules: [portable] });
	});

	it('still opens a file saved before rules were carried', async () => {
		const old = JSON.stringify({ lectern: 'reading-settings', version: 1, settings: { theme: 'cream' } });
		const read = await readSettingsFile(fileOf(old));
		expect(read).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'cream' }, rules: [] });
	});

	it('refuses a file whose rules are damaged, saying which one and that nothing changed', async () => {
		const file = (pronunciations: unknown) =>
			fileOf(JSON.stringify({ lectern: 'reading-settings', version: 1, settings: {}, pronunciations }));
		const good = { lang: 'en', match: 'Gaza', say: 'GAH-zuh', pattern: false, caseSensitive: false };
		expect(await readSettingsFile(file([good, { ...good, match: '(', pattern: true }]))).toEqual({
			ok: false,
			message:
				'Pronunciation rule 2 in this file cannot be used: This pattern is not a valid regular expression. ' +
				'Check its brackets and backslashes. Nothing changed.'
		});
		expect(await readSettingsFile(file([{ ...good, say: 3 }]))).toEqual({
			ok: false,
			message: 'Pronunciation rule 1 in this file cannot be used: It is damaged. Nothing changed.'
		});
		expect(await readSettingsFile(file('Gaza'))).toEqual({
			ok: false,
			message: 'The pronunciation rules in this file are damaged. Nothing changed.'
		});
	});

	it('refuses a file that is not Lectern settings, too large, or unreadable, with a sentence', async () => {
		expect(await readSettingsFile(fileOf('{"hello": "world"}'))).toEqual({
			ok: false,
			message: 'This file does not hold Lectern settings.'
		});
		expect(await readSettingsFile(fileOf('not json'))).toEqual({
			ok: false,
			message: 'This file does not hold Lectern settings: it is not JSON.'
		});
		expect(await readSettingsFile({ size: 1025 * 1024, text: () => Promise.resolve('{}') })).toEqual({
			ok: false,
			message: 'This file is too large to be Lectern settings.'
		});
		const unreadable = { size: 10, text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
		expect(await readSettingsFile(unreadable)).toEqual({
			ok: false,
			message: 'Lectern could not read this file. Nothing changed.'
		});
	});

	it('puts the settings in a link to the settings page, and reads them back from its fragment', () => {
		const link = settingsLink('https://lectern.example', chosen);
		expect(link).toMatch(/^https:\/\/lectern\.example\/settings#settings=[\w-]+$/);
		expect(settingsFromHash(new URL(link).hash)).toEqual({ ok: true, settings: chosen });
	});

	it('offers nothing for another fragment, and says so when a link is cut short', () => {
		expect(settingsFromHash('')).toBeNull();
		expect(settingsFromHash('#top')).toBeNull();
		const link = settingsLink('https://lectern.example', chosen);
		const cut = new URL(link).hash.slice(0, -7);
		const result = settingsFromHash(cut);
		expect(result?.ok).toBe(false);
		if (result && !result.ok) expect(result.message).toMatch(/^This (settings )?link/);
	});

	it('copies the link, or asks the reader to copy it when the clipboard refuses', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		expect(await copySettingsLink('https://x/settings#settings=a', { writeText })).toBe(
			'Link copied. Open it on another device to use these settings there.'
		);
		expect(writeText).toHaveBeenCalledWith('https://x/settings#settings=a');
		const refusing = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
		expect(await copySettingsLink('https://x', refusing)).toBe(
			'Copy the link below to use these settings on another device.'
		);
		expect(await copySettingsLink('https://x', undefined)).toBe(
			'Copy the link below to use these settings on another device.'
		);
	});
});
