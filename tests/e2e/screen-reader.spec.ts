import { EMBEDDED_PARAGRAPHS, EMBEDDED_PATH, expect, test } from './helpers/fixtures';
import { readWholePage, serveVirtualScreenReader } from './helpers/screen-reader';

const TITLE = EMBEDDED_PARAGRAPHS[0] ?? '';

/** Index of the first phrase at or after `from` that contains `needle`, or -1. */
function find(log: string[], needle: string, from = 0): number {
	return log.findIndex((phrase, index) => index >= from && phrase.includes(needle));
}

test('a screen reader hears banner, title, standfirst, sub-headings, related notes and footer in order', async ({
	page
}) => {
	await serveVirtualScreenReader(page);
	await page.goto(EMBEDDED_PATH);
	const log = await readWholePage(page);

	const order = [
		'banner, Lectern',
		`heading, ${TITLE}, level 1`,
		'The Israeli military claims it has taken control',
		'navigation, In this article',
		'note, Related content',
		'Middle East latest',
		'end of note, Related content',
		'heading, Ceasefire deal rejected, level 2',
		'The attack, which Israel has long threatened',
		'Analysis:',
		"heading, Israel and Hamas urged to 'go the extra mile', level 2",
		'The war began when Hamas militants stormed across the border',
		'contentinfo, About Lectern'
	];
	let from = 0;
	for (const expected of order) {
		const at = find(log, expected, from);
		expect(at, `"${expected}" after phrase ${from} in:\n${log.join('\n')}`).toBeGreaterThanOrEqual(0);
		from = at + 1;
	}
	// Every paragraph of the article is spoken, in order.
	const spoken = log.join(' ');
	let position = 0;
	for (const paragraph of EMBEDDED_PARAGRAPHS) {
		const at = spoken.indexOf(paragraph.slice(0, 60), position);
		expect(at, `spoken: ${paragraph.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
		position = at;
	}
	expect(log.filter((phrase) => phrase.startsWith('heading,') && phrase.endsWith('level 1'))).toHaveLength(1);
});
