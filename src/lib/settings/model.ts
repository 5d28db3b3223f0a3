// The reader's text settings: what can be chosen, the defaults, validation field by field, and how a choice
// becomes CSS. Pure: no DOM, no storage, so the same rules check a stored record, an imported file and a link.

export const FONTS = ['publisher', 'sans', 'atkinson', 'opendyslexic', 'mono'] as const;
export const THEMES = [
	'system',
	'light',
	'cream',
	'dark',
	'high-contrast-light',
	'high-contrast-dark'
] as const;
export const LINE_FOCUS = [0, 1, 3, 5] as const;
/** What read-aloud announces besides the text: nothing, headings and lists, or every structure it knows. */
export const ANNOUNCE = ['text', 'structure', 'everything'] as const;
/** Words beside the header's and player's icons: where there is room (600 px and wider), or always. */
export const CONTROL_LABELS = ['room', 'always'] as const;

export type FontChoice = (typeof FONTS)[number];
export type ThemeChoice = (typeof THEMES)[number];
export type LineFocus = (typeof LINE_FOCUS)[number];
export type AnnounceLevel = (typeof ANNOUNCE)[number];
export type ControlLabels = (typeof CONTROL_LABELS)[number];

export interface ReadingSettings {
	/** Multiplies the root font size (rem), so browser zoom and the system text size still apply on top. */
	textScale: number;
	font: FontChoice;
	lineHeight: number;
	/** em */
	letterSpacing: number;
	/** em */
	wordSpacing: number;
	/** em, between paragraphs */
	paragraphSpacing: number;
	/** ch, the line length */
	measure: number;
	theme: ThemeChoice;
	/** Lines left undimmed by the reading ruler; 0 is off. */
	lineFocus: LineFocus;
	/** Spoken cues while reading aloud (never shown): 'structure' says headings and lists. */
	announce: AnnounceLevel;
	/** Icon-only controls are hard for some readers: 'always' shows their words at every width. */
	controlLabels: ControlLabels;
}

export type NumericSetting =
	'textScale' | 'lineHeight' | 'letterSpacing' | 'wordSpacing' | 'paragraphSpacing' | 'measure';

/** The maxima reach WCAG 1.4.8 (line height 1.5, paragraphs 1.5× more) and 1.4.12 (2×, 0.12em, 0.16em). */
export const RANGES: Record<NumericSetting, { min: number; max: number; step: number }> = {
	textScale: { min: 0.75, max: 3, step: 0.05 },
	lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
	letterSpacing: { min: 0, max: 0.2, step: 0.01 },
	wordSpacing: { min: 0, max: 0.4, step: 0.02 },
	paragraphSpacing: { min: 0.5, max: 3, step: 0.1 },
	measure: { min: 45, max: 90, step: 5 }
};

export const DEFAULT_SETTINGS: Readonly<ReadingSettings> = Object.freeze({
	textScale: 1,
	font: 'publisher',
	lineHeight: 1.6,
	letterSpacing: 0,
	wordSpacing: 0,
	paragraphSpacing: 1.1,
	measure: 65,
	theme: 'system',
	lineFocus: 0,
	announce: 'structure',
	controlLabels: 'room'
});

/** The version of the stored `values` shape. */
export const SETTINGS_VERSION = 1;

export const FONT_STACKS: Record<FontChoice, string> = {
	publisher: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
	sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
	atkinson: "'Atkinson Hyperlegible Next', system-ui, sans-serif",
	opendyslexic: "'OpenDyslexic', system-ui, sans-serif",
	mono: "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace"
};

/** The fonts Lectern ships (self-hosted), by the family name in their @font-face rules. */
export const WEB_FONTS: Partial<Record<FontChoice, string>> = {
	atkinson: 'Atkinson Hyperlegible Next',
	opendyslexic: 'OpenDyslexic'
};

const NUMERIC = Object.keys(RANGES) as NumericSetting[];

/** Rounds to the setting's step (free of float dust) and keeps it in range. */
export function snap(key: NumericSetting, value: number): number {
	const { min, max, step } = RANGES[key];
	const stepped = Math.round((value - min) / step) * step + min;
	return Number(Math.min(max, Math.max(min, stepped)).toFixed(2));
}

export interface Validated {
	settings: ReadingSettings;
	/** Fields that were missing, of the wrong type or out of range, and so fell back or were brought in range. */
	repaired: (keyof ReadingSettings)[];
}

/** Checks anything (a stored record, an imported file) field by field; never throws. */
export function validateSettings(raw: unknown): Validated {
	const isRecord = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
	const input = isRecord ? (raw as Record<string, unknown>) : {};
	const settings: ReadingSettings = { ...DEFAULT_SETTINGS };
	// Not a record at all (and not simply absent): every field fell back.
	const repaired: (keyof ReadingSettings)[] =
		isRecord || raw === undefined ? [] : (Object.keys(DEFAULT_SETTINGS) as (keyof ReadingSettings)[]);
	for (const key of NUMERIC) {
		const value = input[key];
		if (typeof value === 'number' && Number.isFinite(value)) {
			settings[key] = snap(key, value);
			if (Math.abs(settings[key] - value) > 1e-9) repaired.push(key);
		} else if (key in input) repaired.push(key);
	}
	const pick = <T>(
		key: 'font' | 'theme' | 'lineFocus' | 'announce' | 'controlLabels',
		allowed: readonly T[]
	): T | undefined => {
		const value = input[key];
		if (allowed.includes(value as T)) return value as T;
		if (key in input) repaired.push(key);
		return undefined;
	};
	settings.font = pick('font', FONTS) ?? settings.font;
	settings.theme = pick('theme', THEMES) ?? settings.theme;
	settings.lineFocus = pick('lineFocus', LINE_FOCUS) ?? settings.lineFocus;
	settings.announce = pick('announce', ANNOUNCE) ?? settings.announce;
	settings.controlLabels = pick('controlLabels', CONTROL_LABELS) ?? settings.controlLabels;
	return { settings, repaired };
}

/** Only what differs from the defaults: the smallest record to store, export or put in a link. */
export function changedSettings(settings: ReadingSettings): Partial<ReadingSettings> {
	const changed: Partial<Record<keyof ReadingSettings, unknown>> = {};
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ReadingSettings)[]) {
		if (settings[key] !== DEFAULT_SETTINGS[key]) changed[key] = settings[key];
	}
	return changed as Partial<ReadingSettings>;
}

export function sameSettings(a: ReadingSettings, b: ReadingSettings): boolean {
	return (Object.keys(DEFAULT_SETTINGS) as (keyof ReadingSettings)[]).every((key) => a[key] === b[key]);
}

/** What the page applies: custom properties on the root and data attributes for the choices CSS selects on. */
export interface AppliedStyle {
	vars: Record<string, string>;
	attributes: Record<'data-theme' | 'data-font' | 'data-line-focus' | 'data-labels', string>;
}

export function styleFor(settings: ReadingSettings): AppliedStyle {
	return {
		vars: {
			'--text-scale': String(settings.textScale),
			'--font-body': FONT_STACKS[settings.font],
			'--line-height': String(settings.lineHeight),
			'--letter-spacing': `${settings.letterSpacing}em`,
			'--word-spacing': `${settings.wordSpacing}em`,
			'--paragraph-spacing': `${settings.paragraphSpacing}em`,
			'--measure': `${settings.measure}ch`
		},
		attributes: {
			'data-theme': settings.theme,
			'data-font': settings.font,
			'data-line-focus': String(settings.lineFocus),
			'data-labels': settings.controlLabels
		}
	};
}

/** A file or link of settings: a marked, versioned object, so a stray JSON file is told apart. */
export interface SettingsExport {
	lectern: 'reading-settings';
	version: number;
	settings: Partial<ReadingSettings>;
}

export function exportSettings(settings: ReadingSettings): SettingsExport {
	return { lectern: 'reading-settings', version: SETTINGS_VERSION, settings: changedSettings(settings) };
}

export class SettingsImportError extends Error {}

/** Reads an exported file's text; throws SettingsImportError with a sentence a reader can act on. */
export function importSettings(text: string, what: 'file' | 'link' = 'file'): Validated {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new SettingsImportError(`This ${what} does not hold Lectern settings: it is not JSON.`);
	}
	const record = parsed as Partial<SettingsExport> | null;
	if (!record || typeof record !== 'object' || record.lectern !== 'reading-settings') {
		throw new SettingsImportError(`This ${what} does not hold Lectern settings.`);
	}
	if (typeof record.version !== 'number' || record.version > SETTINGS_VERSION) {
		throw new SettingsImportError(
			'These settings come from a newer Lectern. Update Lectern, then try again.'
		);
	}
	return validateSettings(record.settings);
}

/** base64url of UTF-8, for the link's fragment (never sent to a server). */
export function settingsToLinkCode(settings: ReadingSettings): string {
	const bytes = new TextEncoder().encode(JSON.stringify(exportSettings(settings)));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function settingsFromLinkCode(code: string): Validated {
	let text: string;
	try {
		const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
		text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
	} catch {
		throw new SettingsImportError('This settings link is damaged: part of it may be missing.');
	}
	return importSettings(text, 'link');
}
