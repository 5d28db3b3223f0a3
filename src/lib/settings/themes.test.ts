// Every theme's colours, read from app.css itself, meet the contrast Lectern promises: text at least 7:1 (WCAG
// 1.4.6, AAA), borders and focus indicators at least 3:1 (1.4.11), the highlighted sentence's text 7:1 on its
// background and its underline (drawn in that text's colour) 3:1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector starts with `selector`. */
function declarations(selector: string): Map<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start < 0) throw new Error(`app.css has no rule for ${selector}`);
	const body = css.slice(start, css.indexOf('}', start));
	return new Map(
		[...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()])
	);
}

type Scheme = 'light' | 'dark';

function resolve(vars: Map<string, string>, name: string, scheme: Scheme): string {
	const value = vars.get(name);
	if (!value) throw new Error(`${name} is not set`);
	const reference = /^var\((--[\w-]+)\)$/.exec(value);
	if (reference) return resolve(vars, reference[1]!, scheme);
	const pair = /^light-dark\(([^,]+),\s*([^)]+)\)$/.exec(value);
	return (pair ? pair[scheme === 'light' ? 1 : 2]! : value).trim();
}

function luminance(hex: string): number {
	const digits = hex.replace('#', '');
	const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
	const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
	const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

const HIGH_CONTRAST = ":root:is([data-theme='high-contrast-light'], [data-theme='high-contrast-dark'])";
const base = declarations(':root');
const THEMES: [string, Map<string, string>, Scheme][] = [
	['Light (and Match system, light)', base, 'light'],
	['Dark (and Match system, dark)', base, 'dark'],
	['Cream', new Map([...base, ...declarations(":root[data-theme='cream']")]), 'light'],
	['High contrast light', new Map([...base, ...declarations(HIGH_CONTRAST)]), 'light'],
	['High contrast dark', new Map([...base, ...declarations(HIGH_CONTRAST)]), 'dark']
];

describe.each(THEMES)('%s', (_name, vars, scheme) => {
	const colour = (name: string) => resolve(vars, name, scheme);
	const ratio = (fg: string, bg: string) => contrast(colour(fg), colour(bg));

	it('has text at 7:1 or more', () => {
		for (const text of ['--fg', '--muted', '--link'])
			expect(ratio(text, '--bg'), text).toBeGreaterThanOrEqual(7);
		expect(ratio('--fg', '--surface'), 'text on a hovered button').toBeGreaterThanOrEqual(7);
		expect(ratio('--highlight-fg', '--highlight-bg'), 'the read-aloud sentence').toBeGreaterThanOrEqual(7);
	});

	it('has borders, focus and the highlight underline at 3:1 or more', () => {
		expect(ratio('--border', '--bg'), 'control borders').toBeGreaterThanOrEqual(3);
		expect(ratio('--focus', '--bg'), 'focus indicator').toBeGreaterThanOrEqual(3);
		expect(ratio('--highlight-fg', '--highlight-bg'), 'highlight underline').toBeGreaterThanOrEqual(3);
	});
});

it('the high-contrast palette for "Match system" under prefers-contrast: more is the same as the themes', () => {
	const media = css.slice(css.indexOf('@media (prefers-contrast: more)'));
	const inMedia = new Map(
		[...media.slice(0, media.indexOf('}')).matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, n, v]) => [
			n!,
			v!.trim()
		])
	);
	expect(inMedia).toEqual(declarations(HIGH_CONTRAST));
});
