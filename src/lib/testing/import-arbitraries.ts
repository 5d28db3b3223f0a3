// fast-check generators for the import property tests.
import fc from 'fast-check';
import { escapeText } from '$lib/reader/body-html';

// Words that appear only inside <script> and <style>, so finding them in the output proves a leak.
export const SCRIPT_WORD = 'zqscriptonlyzq';
export const STYLE_WORD = 'zqstyleonlyzq';

const pieces = fc.constantFrom(
	...['\n', '\n\n', '\r\n', '\r', '\uFEFF', '# ', '## ', '- ', '* ', '• ', '1. ', '> ', ': ', '.', ' ', '\t'],
	...['\u0000', '\u001B', '\u2028', '\uD800', 'Label', 'Hello world', 'مرحبا بالعالم', 'שלום', '你好世界'],
	...['東京に行きました。', 'Привет мир', 'https://example.com/a', '**bold**', '[x](javascript:alert(1))']
);
/** Text like what readers paste: any string, and strings built from markup, scripts and control characters. */
export const textLike = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'grapheme' }),
	fc
		.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
		.map((p) => p.join(''))
);

// Raw-text elements (textarea, xmp…) are generated apart, closed and holding plain text: markup inside them is
// text to the parser, so a script written there is not a script and its words may rightly be read.
const TAGS = (
	'p div span a b i em strong h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code table tr td th caption figure ' +
	'figcaption img br hr svg math mtext mglyph form input select option button template noscript details ' +
	'summary nav header footer article section main aside object embed base meta link video audio source ' +
	'body html head frameset dialog'
).split(' ');
const RAW_TEXT_TAGS = 'iframe textarea xmp noembed noframes title'.split(' ');
const ATTRIBUTE_NAMES = (
	'onclick onerror onload onmouseover ontoggle href src style id class lang dir hidden aria-hidden srcdoc ' +
	'action formaction xlink:href data-x title name'
).split(' ');
const ATTRIBUTE_VALUES = [
	...['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x09;ascript:alert(1)', 'vbscript:msgbox(1)'],
	...['data:text/html,<script>alert(1)</script>', 'alert(1)', 'x" onmouseover="alert(1)'],
	...['expression(alert(1))', 'rtl', 'ar', 'true', '']
];
// Self-contained oddities; none can fuse with a following tag into one tag name.
const FRAGMENTS = [
	'<!--x-->',
	'</p>',
	'</div>',
	'<br/>',
	'</>',
	'<!doctype html>',
	'<?xml x?>',
	'<![CDATA[x]]>'
];
const TEXTS = [
	'harbour',
	'wall',
	'مرحبا',
	'שלום',
	'你好',
	'Привет',
	'&amp;',
	'&lt;script&gt;',
	'&#0;',
	'>',
	'"'
];

const attribute = fc
	.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.constantFrom(...ATTRIBUTE_VALUES))
	.map(([name, value]) => ` ${name}="${value}"`);

/** Arbitrary HTML: nested tags with hostile attributes, raw-text containers, scripts, styles and oddities. */
export const { html } = fc.letrec((tie) => ({
	html: fc.array(tie('node'), { maxLength: 6 }).map((nodes) => nodes.join('')),
	node: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc.constantFrom(...TEXTS),
		fc.string({ unit: 'grapheme', maxLength: 10 }).map(escapeText),
		fc.constantFrom(...FRAGMENTS),
		fc
			.tuple(fc.constantFrom(...RAW_TEXT_TAGS), fc.constantFrom(...TEXTS))
			.map(([tag, text]) => `<${tag}>${text}</${tag}>`),
		fc.constant(`<script>${SCRIPT_WORD}</script>`),
		fc.constant(`<script type="application/ld+json">{"headline": "${SCRIPT_WORD}"}</script>`),
		fc.constant(`<style>p::after { content: "${STYLE_WORD}" }</style>`),
		fc
			.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), tie('html'), fc.boolean())
			.map(([tag, attrs, inner, close]) => `<${tag}${attrs.join('')}>${inner}${close ? `</${tag}>` : ''}`)
	)
}));
