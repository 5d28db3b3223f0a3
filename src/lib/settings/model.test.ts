import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CONTROL_LABELS,
	ANNOUNCE,
	DEFAULT_SETTINGS,
	FONTS,
	LINE_FOCUS,
	RANGES,
	SettingsImportError,
	THEMES,
	exportSettings,
	importSettings,
	settingsFromLinkCode,
	settingsToLinkCode,
	styleFor,
	validateSettings,
	type NumericSetting,
	type ReadingSettings
} from './model';

const NUMERIC = Object.keys(RANGES) as NumericSetting[];

const anySettings: fc.Arbitrary<ReadingSettings> = fc.record({
	textScale: fc.integer({ min: 15, max: 60 }).map((n) => n * 0.05),
	font: fc.constantFrom(...FONTS),
	lineHeight: fc.integer({ min: 12, max: 24 }).map((n) => n / 10),
	letterSpacing: fc.integer({ min: 0, max: 20 }).map((n) => n / 100),
	wordSpacing: fc.integer({ min: 0, max: 20 }).map((n) => n / 50),
	paragraphSpacing: fc.integer({ min: 5, max: 30 }).map((n) => n / 10),
	measure: fc.integer({ min: 9, max: 18 }).map((n) => n * 5),
	theme: fc.constantFrom(...THEMES),
	lineFocus: fc.constantFrom(...LINE_FOCUS),
	announce: fc.constantFrom(...ANNOUNCE),
	controlLabels: fc.constantFrom(...CONTROL_LABELS)
});

describe('validateSettings', () => {
	it('never throws and always gives settings in range, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (raw) => {
				const { settings } = validateSettings(raw);
				for (const key of NUMERIC) {
					expect(settings[key]).toBeGreaterThanOrEqual(RANGES[key].min);
					expect(settings[key]).toBeLessThanOrEqual(RANGES[key].max);
				}
				expect(FONTS).toContain(settings.font);
				expect(THEMES).toContain(settings.theme);
				expect(LINE_FOCUS).toContain(settings.lineFocus);
				expect(ANNOUNCE).toContain(settings.announce);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps every valid choice as it is', () => {
		fc.assert(
			fc.property(anySettings, (settings) => {
				const checked = validateSettings(JSON.parse(JSON.stringify(settings)));
				expect(checked.repaired).toEqual([]);
				for (const key of NUMERIC) expect(checked.settings[key]).toBeCloseTo(settings[key], 10);
			}),
			{ numRuns: 300 }
		);
	});

	it('falls back field by field, and says which fields it repaired', () => {
		const { settings, repaired } = validateSettings({
			textScale: 9,
			font: 'Comic Sans',
			lineHeight: '2',
			theme: 'dark',
			measure: 62
		});
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, textScale: 3, theme: 'dark', measure: 60 });
		expect(repaired.sort()).toEqual(['font', 'lineHeight', 'measure', 'textScale']);
	});

	it('announces headings and lists by default, and keeps only the three levels it knows', () => {
		expect(DEFAULT_SETTINGS.announce).toBe('structure');
		expect(validateSettings({ announce: 'everything' }).settings.announce).toBe('everything');
		expect(validateSettings({ announce: 'text' }).settings.announce).toBe('text');
		const shouted = validateSettings({ announce: 'EVERYTHING' });
		expect(shouted.settings.announce).toBe('structure');
		expect(shouted.repaired).toEqual(['announce']);
	});

	it('treats a record that is not an object as wholly repaired, and absent as simply default', () => {
		expect(validateSettings('garbage').repaired).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
		expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
	});
});

describe('carrying settings to another device', () => {
	it('a file and a link give back the same settings', () => {
		fc.assert(
			fc.property(anySettings, (settings) => {
				const file = JSON.stringify(exportSettings(settings));
				expect(importSettings(file).settings).toEqual(validateSettings(settings).settings);
				const code = settingsToLinkCode(settings);
				expect(code).toMatch(/^[\w-]*$/);
				expect(settingsFromLinkCode(code).settings).toEqual(validateSettings(settings).settings);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps only what differs from the defaults', () => {
		expect(exportSettings({ ...DEFAULT_SETTINGS, theme: 'cream' }).settings).toEqual({ theme: 'cream' });
	});

	it('refuses what is not a Lectern settings file, in words', () => {
		expect(() => importSettings('not json')).toThrow(
			new SettingsImportError('This file does not hold Lectern settings: it is not JSON.')
		);
		expect(() => importSettings('{"theme":"dark"}')).toThrow('This file does not hold Lectern settings.');
		expect(() => importSettings('{"lectern":"reading-settings","version":99,"settings":{}}')).toThrow(
			'These settings come from a newer Lectern. Update Lectern, then try again.'
		);
		expect(() => settingsFromLinkCode('%%%')).toThrow('This settings link is damaged');
		expect(() => settingsFromLinkCode(btoa('{"a":1}'))).toThrow('This link does not hold Lectern settings.');
	});
});

describe('styleFor', () => {
	it('turns settings into custom properties and data attributes', () => {
		const style = styleFor({
			...DEFAULT_SETTINGS,
			textScale: 2,
			letterSpacing: 0.12,
			measure: 45,
			theme: 'dark',
			controlLabels: 'always'
		});
		expect(style.vars).toMatchObject({
			'--text-scale': '2',
			'--letter-spacing': '0.12em',
			'--measure': '45ch'
		});
		expect(style.attributes).toEqual({
			'data-theme': 'dark',
			'data-font': 'publisher',
			'data-line-focus': '0',
			'data-labels': 'always'
		});
	});
});
