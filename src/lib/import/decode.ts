import { MAX_IMPORT_BYTES } from './errors';

export type DecodeProblem = 'too-large' | 'binary' | 'encoding';
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

// Share of control characters above which bytes are data, not text; text files hold a few (form feeds, ESC).
const MAX_CONTROL_SHARE = 0.1;
// Enough bytes to judge a whole file's nature without scanning 5 MB twice.
const SAMPLE_BYTES = 64 * 1024;

/** The encoding a byte order mark announces, 'utf-32' for one Lectern cannot read, or null for none. */
function bomEncoding(bytes: Uint8Array): Encoding | 'utf-32' | null {
	const [a, b, c, d] = bytes;
	if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
		return 'utf-32';
	if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
	if (a === 0xff && b === 0xfe) return 'utf-16le';
	if (a === 0xfe && b === 0xff) return 'utf-16be';
	return null;
}

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
function isControl(code: number): boolean {
	return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function controlShare(codes: ArrayLike<number>): number {
	const length = Math.min(codes.length, SAMPLE_BYTES);
	if (length === 0) return 0;
	let controls = 0;
	for (let i = 0; i < length; i++) if (isControl(codes[i] ?? 0)) controls++;
	return controls / length;
}

/**
 * UTF-16 saved without a BOM: ASCII letters leave a zero in every other byte. It is valid UTF-8 full of NULs,
 * so without this check it would be reported as binary when re-saving as UTF-8 is the fix.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
	const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
	if (length < 4) return false;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < length; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = length / 2;
	const [many, few] = evenZeros > oddZeros ? [evenZeros, oddZeros] : [oddZeros, evenZeros];
	return many / pairs >= 0.3 && few / pairs <= 0.02;
}

/** Binary data (an image or archive renamed .txt): NUL bytes, or control characters everywhere. */
function looksBinary(bytes: Uint8Array): boolean {
	return bytes.includes(0) || controlShare(bytes) > MAX_CONTROL_SHARE;
}

function textCodes(text: string): number[] {
	const codes: number[] = [];
	for (let i = 0; i < text.length && i < SAMPLE_BYTES; i++) codes.push(text.charCodeAt(i));
	return codes;
}

/**
 * Decodes a file's bytes as Unicode text. A BOM picks UTF-8 or UTF-16; without one only strict UTF-8 is
 * accepted, because guessing a legacy encoding silently garbles text the reader cannot then check.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
	const bom = bomEncoding(bytes);
	if (bom === 'utf-32') return { ok: false, problem: 'encoding' };
	if (bom === null && looksLikeBomlessUtf16(bytes)) return { ok: false, problem: 'encoding' };
	if (bom === null && looksBinary(bytes)) return { ok: false, problem: 'binary' };
	let text: string;
	try {
		// `fatal` turns every malformed sequence into an error instead of a silent U+FFFD.
		text = new TextDecoder(bom ?? 'utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problem: 'encoding' };
	}
	// With a BOM the bytes were not checked above; the decoded characters tell the same story.
	if (text.includes('\u0000') || controlShare(textCodes(text)) > MAX_CONTROL_SHARE)
		return { ok: false, problem: 'binary' };
	return { ok: true, text };
}

/** The UTF-8 length of a string, counted without allocating its encoding; lone surrogates count as U+FFFD. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}
