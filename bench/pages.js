// The baselines the benchmark measures Lectern against, and the long article it makes: built from the
// embedded article as the build wrote it, so every page carries the same words.
import { readFileSync } from 'node:fs';

/** @typedef {{ kind: string, text: string, level?: number, label?: string }} Block */

/** @returns {{ title: string, lang: string, blocks: Block[] }} */
export function embeddedArticle() {
	return JSON.parse(readFileSync('build/articles/rafah-crossing.json', 'utf8'));
}

/** @param {string} text */
const escape = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The physical limit for showing the article: the same text as bare static HTML, no CSS, no script.
 * @returns {string}
 */
export function bareArticlePage() {
	const { title, lang, blocks } = embeddedArticle();
	const body = blocks
		.map((block) => {
			if (block.kind === 'heading') return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
			if (block.kind === 'aside') return `<p>${escape(`${block.label}: ${block.text}`)}</p>`;
			return `<p>${escape(block.text)}</p>`;
		})
		.join('\n');
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escape(blocks[0]?.text ?? title)}">
<title>${escape(title)}</title>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * The least a page can do to speak: one click handler calling `speechSynthesis.speak()` with the text, voice,
 * language and rate given in the query (those Lectern used), the voice looked up before the click.
 * @returns {string}
 */
export function bareSpeechPage() {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>speak()</title></head>
<body>
<button id="speak" type="button">Speak</button>
<script>
const query = new URLSearchParams(location.search);
let voice = null;
const pick = () => { voice = speechSynthesis.getVoices().find((v) => v.name === query.get('voice')) ?? null; };
pick();
speechSynthesis.addEventListener('voiceschanged', pick);
document.getElementById('speak').addEventListener('click', () => {
	const utterance = new SpeechSynthesisUtterance(query.get('text'));
	utterance.lang = query.get('lang');
	utterance.rate = Number(query.get('rate'));
	if (voice) utterance.voice = voice;
	speechSynthesis.speak(utterance);
});
</script>
</body>
</html>
`;
}

/**
 * The embedded article repeated until it has at least `words` words and `sentences` sentences, each copy
 * under its own heading, as text a reader could paste: the title, then paragraphs, with `#` headings.
 * @param {number} words
 * @param {number} sentences
 * @returns {{ text: string, copies: number }}
 */
export function longArticleText(words, sentences) {
	const { title, blocks } = embeddedArticle();
	const paragraphs = blocks.map((block) =>
		block.kind === 'heading'
			? `## ${block.text}`
			: block.kind === 'aside'
				? `${block.label}: ${block.text}`
				: block.text
	);
	const perCopy = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const sentencesPerCopy = paragraphs.reduce((sum, text) => sum + [...segmenter.segment(text)].length, 0);
	const copies = Math.max(Math.ceil(words / perCopy), Math.ceil(sentences / sentencesPerCopy));
	const parts = [`${title} (${copies} times over)`];
	for (let copy = 1; copy <= copies; copy++) parts.push(`# Part ${copy}`, ...paragraphs);
	return { text: parts.join('\n\n'), copies };
}
