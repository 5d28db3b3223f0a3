// Reading an EPUB's ZIP with fflate: the central directory to list what is there, then a streaming inflate of
// only the files the book needs, capped so that a ZIP bomb stops at the cap instead of filling memory.
import { Inflate, inflateSync, Unzip, unzipSync, type AsyncFlateStreamHandler } from 'fflate';

export interface ZipEntry {
	/** The size the central directory declares once inflated; checked again while inflating. */
	size: number;
}

export type ZipProblem = 'not-zip' | 'damaged' | 'too-large';

export type ZipListing = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; problem: ZipProblem };
export type ZipFiles = { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: ZipProblem };

export interface UnpackLimits {
	entryBytes: number;
	totalBytes: number;
}

// Compressed bytes handed to the inflater at a time: deflate expands at most about 1,032 times, so a ZIP bomb
// is caught within 17 MB of output past the cap.
const SLICE_BYTES = 16 * 1024;
// A file this small once compressed is inflated in one call into a buffer of its declared size plus one byte,
// which fflate's streaming inflater (128 KB of buffers a file) makes three times slower for a 300-chapter
// book. A file that lies about its size fills the extra byte and is refused; the work it cost is bounded by
// its compressed size: 128 KB can expand to 132 MB at most, about a tenth of a second.
const ONE_CALL_BYTES = 128 * 1024;

/** A ZIP starts with a local file header, or with the end record when it is empty. */
function looksLikeZip(bytes: Uint8Array): boolean {
	return (
		bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1
	);
}

/** Every file in the archive with its declared size, from the central directory; nothing is inflated. */
export function listZip(bytes: Uint8Array): ZipListing {
	if (!looksLikeZip(bytes)) return { ok: false, problem: 'not-zip' };
	const entries = new Map<string, ZipEntry>();
	try {
		unzipSync(bytes, {
			filter: (file) => {
				// A name twice over is a damaged or crafted archive; the first one counts, as for most readers
				if (!entries.has(file.name)) entries.set(file.name, { size: file.originalSize });
				return false;
			}
		});
	} catch {
		// No end record (the file is cut short) or a directory pointing outside the file
		return { ok: false, problem: 'damaged' };
	}
	return { ok: true, entries };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
	if (parts.length === 1 && parts[0]) return parts[0];
	const whole = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		whole.set(part, at);
		at += part.length;
	}
	return whole;
}

/**
 * Inflates the named files. Declared sizes are checked against the limits before anything is inflated; while
 * inflating, a file that grows past its declared size or the limits stops the whole unpacking at once.
 */
export function unpack(
	bytes: Uint8Array,
	listing: Map<string, ZipEntry>,
	names: Iterable<string>,
	limits: UnpackLimits
): ZipFiles {
	const wanted = new Set(names);
	let declared = 0;
	for (const name of wanted) {
		const size = listing.get(name)?.size;
		if (size === undefined) return { ok: false, problem: 'damaged' };
		if (size > limits.entryBytes) return { ok: false, problem: 'too-large' };
		declared += size;
	}
	if (declared > limits.totalBytes) return { ok: false, problem: 'too-large' };

	const files = new Map<string, Uint8Array>();
	const state: { problem: ZipProblem | null; total: number } = { problem: null, total: 0 };
	const capOf = (name: string) => Math.min(listing.get(name)?.size ?? 0, limits.entryBytes);

	/** Inflates one deflated file, in one call when it is small, else in slices that stop at the cap. */
	class CappedInflate {
		static readonly compression = 8;
		ondata: AsyncFlateStreamHandler = () => {};
		private readonly compressed: Uint8Array[] = [];
		private compressedSize = 0;

		constructor(private readonly name: string) {}

		push(chunk: Uint8Array, final: boolean): void {
			this.compressed.push(chunk);
			this.compressedSize += chunk.length;
			if (!final || state.problem) return;
			const data = concat(this.compressed, this.compressedSize);
			try {
				if (data.length <= ONE_CALL_BYTES) {
					this.ondata(null, inflateSync(data, { out: new Uint8Array(capOf(this.name) + 1) }), true);
					return;
				}
				const inflater = new Inflate((out, last) => this.ondata(null, out, last));
				for (let at = 0; at < data.length && !state.problem; at += SLICE_BYTES)
					inflater.push(data.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= data.length);
			} catch (error) {
				this.ondata(error as Error & { code: number }, new Uint8Array(0), true);
			}
		}
	}

	const seen = new Set<string>();
	const unzip = new Unzip((file) => {
		if (!wanted.has(file.name) || seen.has(file.name)) return;
		seen.add(file.name);
		const expected = listing.get(file.name)?.size ?? 0;
		const chunks: Uint8Array[] = [];
		let size = 0;
		file.ondata = (error, data, final) => {
			if (state.problem) return;
			if (error) {
				state.problem = 'damaged';
				return;
			}
			size += data.length;
			state.total += data.length;
			if (size > limits.entryBytes || state.total > limits.totalBytes) state.problem = 'too-large';
			// More than the directory declared: a lie that only a crafted or broken archive tells
			else if (size > expected) state.problem = 'damaged';
			else {
				chunks.push(data);
				if (final) files.set(file.name, concat(chunks, size));
			}
		};
		file.start();
	});
	unzip.register(CappedInflate);
	try {
		// Stored (uncompressed) files pass through as the archive is pushed, so it is pushed in slices too
		for (let at = 0; at < bytes.length && !state.problem; at += SLICE_BYTES)
			unzip.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
	} catch {
		state.problem ??= 'damaged';
	}
	const { problem } = state;
	if (problem) return { ok: false, problem };
	for (const name of wanted) {
		if (files.get(name)?.length !== listing.get(name)?.size) return { ok: false, problem: 'damaged' };
	}
	return { ok: true, files };
}
