// What each setting's choices are called in the panel (and in a link's offer).
import type { ControlLabels, FontChoice, LineFocus, NumericSetting, ThemeChoice } from './model';

export const FONT_LABELS: Record<FontChoice, string> = {
	publisher: 'Publisher’s serif (default)',
	sans: 'System sans-serif',
	atkinson: 'Atkinson Hyperlegible Next',
	opendyslexic: 'OpenDyslexic',
	mono: 'Monospace'
};

export const THEME_LABELS: Record<ThemeChoice, string> = {
	system: 'Match system',
	light: 'Light',
	cream: 'Cream',
	dark: 'Dark',
	'high-contrast-light': 'High contrast light',
	'high-contrast-dark': 'High contrast dark'
};

export const LINE_FOCUS_LABELS: Record<LineFocus, string> = {
	0: 'Off',
	1: '1 line',
	3: '3 lines',
	5: '5 lines'
};

export const CONTROL_LABEL_LABELS: Record<ControlLabels, string> = {
	room: 'Where there is room',
	always: 'Always'
};

export const SPACING: { key: NumericSetting; label: string; unit: string; spoken: string }[] = [
	{ key: 'lineHeight', label: 'Line height', unit: '×', spoken: 'times the text size' },
	{ key: 'letterSpacing', label: 'Letter spacing', unit: ' em', spoken: 'em' },
	{ key: 'wordSpacing', label: 'Word spacing', unit: ' em', spoken: 'em' },
	{ key: 'paragraphSpacing', label: 'Paragraph spacing', unit: ' em', spoken: 'em' },
	{ key: 'measure', label: 'Line width', unit: ' characters', spoken: 'characters' }
];

export const percent = (scale: number) => `${Math.round(scale * 100)}%`;
