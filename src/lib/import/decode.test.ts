import { describe, expect, it } from 'vitest';
import { decodeBytes, utf8Length } from './decode';
import { MAX_IMPORT_BYTES } from './errors';
import { utf16, utf8 } from '$lib/testing/import-factory';

const SAMPLE = 'Héllo, مرحبا, 你好 🌍\nSecond line';
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

describe('decodeBytes', () => {
	it('reads UTF-8 without a BOM', () => {
		expect(decodeBytes(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE });
	});

	it('reads UTF-8 with a BOM and drops the BOM', () => {
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]))).toEqual({
			ok: true,
			text: SAMPLE
		});
	});

	it('reads UTF-16 little-endian with a BOM', () => {
		expect(decodeBytes(utf16(SAMPLE, 'le'))).toEqual({ ok: true, text: SAMPLE });
	});

	it('reads UTF-16 big-endian with a BOM', () => {
		expect(decodeBytes(utf16(SAMPLE, 'be'))).toEqual({ ok: true, text: SAMPLE });
	});

	it('refuses Latin-1 text as not UTF-8', () => {
		const cafe = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
		expect(decodeBytes(cafe)).toEqual({ ok: false, problem: 'encoding' });
	});

	it('refuses a truncated UTF-8 sequence', () => {
		expect(decodeBytes(utf8('你好').slice(0, 4))).toEqual({ ok: false, problem: 'encoding' });
	});

	it('calls UTF-16 without a BOM an encoding problem, not binary data', () => {
		expect(decodeBytes(utf16('Plain English text', 'le', false))).toEqual({ ok: false, problem: 'encoding' });
		expect(decodeBytes(utf16('Plain English text', 'be', false))).toEqual({ ok: false, problem: 'encoding' });
	});

	it('refuses UTF-32, which announces itself with its own BOM', () => {
		expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({
			ok: false,
			problem: 'encoding'
		});
	});

	it('calls a PNG renamed to .txt binary', () => {
		expect(decodeBytes(new Uint8Array(PNG_HEADER))).toEqual({ ok: false, problem: 'binary' });
	});

	it('calls text with a NUL byte binary', () => {
		expect(decodeBytes(utf8('Looks like text\u0000but is not'))).toEqual({ ok: false, problem: 'binary' });
	});

	it('calls bytes that are mostly control characters binary, even with a UTF-16 BOM', () => {
		expect(decodeBytes(utf8('\u0001\u0002\u0003\u0004abc'))).toEqual({ ok: false, problem: 'binary' });
		expect(decodeBytes(utf16('\u0001\u0002\u0003\u0004abc'))).toEqual({ ok: false, problem: 'binary' });
	});

	it('keeps text with the odd form feed or escape character', () => {
		const text = `${'A page of ordinary text. '.repeat(20)}\f\u001b[1mBold\u001b[0m`;
		expect(decodeBytes(utf8(text))).toEqual({ ok: true, text });
	});

	it('accepts exactly the size limit and refuses one byte more before decoding', () => {
		expect(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).ok).toBe(true);
		expect(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0xff))).toEqual({
			ok: false,
			problem: 'too-large'
		});
	});

	it('reads an empty file as empty text', () => {
		expect(decodeBytes(new Uint8Array())).toEqual({ ok: true, text: '' });
	});
});

describe('utf8Length', () => {
	it('counts what TextEncoder would produce, lone surrogates included', () => {
		for (const text of ['', 'abc', 'é', '你好', '🌍🌍', '\uD800x', 'x\uDC00', SAMPLE])
			expect(utf8Length(text), text).toBe(new TextEncoder().encode(text).length);
	});
});
