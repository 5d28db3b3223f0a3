// Every combination a reader can choose stays accessible: each theme × text size {100, 300%} × spacing
// {default, maximum} at 320 px, with the settings panel closed and open, through the shared axe helper and the
// checks axe cannot make; at 1280 px the same for one light and one dark theme (56 states). Themes change
// colours only, never layout, and every theme's colours are held to 7:1 by src/lib/settings/themes.test.ts
// and checked by axe at 320 px: the other three at 1280 px cost a minute of the suite and found nothing new.
import {
	DEFAULT_SETTINGS,
	RANGES,
	type ReadingSettings,
	type ThemeChoice
} from '../../src/lib/settings/model';
import { expectNoAxeViolations } from './helpers/axe';
import { EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import {
	expectFocusAlwaysVisible,
	expectNoHorizontalScroll,
	expectNothingClipped,
	expectTargetsAtLeast44px
} from './helpers/layout';
import { look, openPanel, useSettings } from './helpers/settings';

const THEMES: ThemeChoice[] = ['light', 'cream', 'dark', 'high-contrast-light', 'high-contrast-dark'];
// 200% sits between these two and was dropped when the suite neared its time limit; 300% is the hard case.
const SIZES = [1, 3];
const SPACING: Record<string, Partial<ReadingSettings>> = {
	'default spacing': {},
	'maximum spacing': {
		lineHeight: RANGES.lineHeight.max,
		letterSpacing: RANGES.letterSpacing.max,
		wordSpacing: RANGES.wordSpacing.max,
		paragraphSpacing: RANGES.paragraphSpacing.max
	}
};

/** The widths each theme is checked at: 320 px for all, 1280 px for a light and a dark one. */
const WIDTHS: Record<ThemeChoice, number[]> = {
	system: [],
	light: [320, 1280],
	cream: [320],
	dark: [320],
	'high-contrast-light': [320],
	'high-contrast-dark': [320, 1280]
};

for (const theme of THEMES) {
	for (const width of WIDTHS[theme]) {
		test(`${theme} at ${width} px: 8 states of size, spacing and panel, all accessible`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize({ width, height: 800 });
			await page.goto(EMBEDDED_PATH);
			let states = 0;
			for (const textScale of SIZES) {
				for (const [spacingName, spacing] of Object.entries(SPACING)) {
					const settings = { ...DEFAULT_SETTINGS, theme, textScale, ...spacing };
					await useSettings(page, settings);
					await page.reload();
					expect((await look(page)).rootFontSize).toBe(`${16 * textScale}px`);
					for (const panelOpen of [false, true]) {
						if (panelOpen) await openPanel(page);
						const state = `${theme}, ${textScale * 100}%, ${spacingName}, ${width} px, panel ${panelOpen ? 'open' : 'closed'}`;
						// Opening the panel changes only the panel: the page around it was checked closed, just before.
						await expectNoAxeViolations(page, state, panelOpen ? '#text-settings' : undefined);
						await expectNoHorizontalScroll(page, state);
						await expectNothingClipped(page, state);
						await expectTargetsAtLeast44px(page, state);
						// Tabbing through every stop is slow; it runs where focus is most likely to be lost.
						if (panelOpen && textScale === 3 && spacingName === 'maximum spacing') {
							expect(await expectFocusAlwaysVisible(page, state)).toBeGreaterThan(20);
						}
						states += 1;
					}
				}
			}
			expect(states).toBe(SIZES.length * 2 * 2);
		});
	}
}
