// Inline Markdown to plain text: the words stay and the syntax goes. Every pattern's content excludes its own
// delimiter, so a match attempt stops at the next delimiter and a long line is scanned in linear time.

// Private-use characters stand in for escaped characters while the markup is stripped.
const ESCAPE_OPEN = '\uE002';
const ESCAPE_CLOSE = '\uE003';
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
const ESCAPED = new RegExp(`${ESCAPE_OPEN}(\\d+)${ESCAPE_CLOSE}`, 'g');

const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;

// A link destination (bare with balanced parentheses, or in angle brackets) and an optional title.
const DESTINATION = String.raw`\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*`;
const LINK_TEXT = String.raw`((?:[^[\]\n]|\[[^[\]\n]*\])*)`;
const IMAGE = new RegExp(String.raw`!\[${LINK_TEXT}\](?:\(${DESTINATION}\)|\[[^[\]\n]*\])`, 'g');
const LINK = new RegExp(String.raw`\[${LINK_TEXT}\](?:\(${DESTINATION}\)|\[[^[\]\n]*\])`, 'g');
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/gi;

// Content that starts and ends with a non-space and holds no delimiter; underscores only at word edges.
const EMPHASIS = [
	/\*\*([^*\s](?:[^*]*[^*\s])?)\*\*/g,
	/(?<![\p{L}\p{N}_])__([^_\s](?:[^_]*[^_\s])?)__(?![\p{L}\p{N}_])/gu,
	/~~([^~\s](?:[^~]*[^~\s])?)~~/g,
	/\*([^*\s](?:[^*]*[^*\s])?)\*/g,
	/(?<![\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}_])/gu
];
// Enough passes for "***both***" and emphasis nested in emphasis.
const EMPHASIS_PASSES = 3;

function stripMarkup(text: string): string {
	let out = text.replace(IMAGE, '$1').replace(LINK, '$1').replace(AUTOLINK, '$1');
	for (let pass = 0; pass < EMPHASIS_PASSES; pass++) {
		const before = out;
		for (const pattern of EMPHASIS) out = out.replace(pattern, '$1');
		if (out === before) break;
	}
	return out;
}

/**
 * Strips inline Markdown from one line: emphasis, code spans, links, images (their alt text stays), autolinks,
 * backslash escapes and a hard-break backslash. Raw HTML is left alone, as literal text.
 */
export function stripInline(line: string): string {
	const escaped: string[] = [];
	const hidden = line.replace(/\\$/, '').replace(ESCAPABLE, (_, char: string) => {
		escaped.push(char);
		return `${ESCAPE_OPEN}${escaped.length - 1}${ESCAPE_CLOSE}`;
	});
	// Code spans keep their content literally, backslashes included, so they are cut out before the rest.
	const parts: string[] = [];
	let last = 0;
	for (const match of hidden.matchAll(CODE_SPAN)) {
		parts.push(stripMarkup(hidden.slice(last, match.index)));
		const code = (match[2] ?? '').replace(/^ (.*[^ ].*) $/s, '$1');
		parts.push(code.replace(ESCAPED, (_, n: string) => `\\${escaped[Number(n)] ?? ''}`));
		last = match.index + match[0].length;
	}
	parts.push(stripMarkup(hidden.slice(last)));
	return parts.join('').replace(ESCAPED, (_, n: string) => escaped[Number(n)] ?? '');
}
