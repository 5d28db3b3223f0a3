// EPUB files the tests and the benchmark build themselves with fflate: EPUB 2 with an NCX, EPUB 3 with a nav,
// right-to-left books, books without contents, and the broken ones (encrypted, cut short, ZIP bombs, not a ZIP).
// Plain JavaScript with JSDoc types, so Vitest, Playwright and the benchmark (plain Node) all import it.
import { strToU8, zipSync } from 'fflate';

/**
 * @typedef {{ id: string, title: string }} BookSection  A heading inside a chapter that the contents list.
 * @typedef {{ title: string, body: string, sections?: BookSection[], inContents?: boolean }} BookChapter
 *   `body` is the XHTML inside <body>, written as is (so a test can put broken markup or payloads in it).
 * @typedef {{
 *   version?: 2 | 3,
 *   title?: string,
 *   authors?: string[],
 *   lang?: string,
 *   direction?: 'ltr' | 'rtl',
 *   chapters: BookChapter[],
 *   contents?: boolean,
 *   encrypted?: boolean,
 *   files?: Record<string, string | Uint8Array>
 * }} BookSpec
 */

/** @param {string} text */
const escape = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @param {number} n */
const chapterFile = (n) => `chapter-${n + 1}.xhtml`;

/** @param {BookChapter} chapter @param {string} lang */
function chapterXhtml(chapter, lang) {
	return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head><title>${escape(chapter.title)}</title></head>
<body>
${chapter.body}
</body>
</html>`;
}

/** @param {BookSpec} spec */
function listed(spec) {
	return spec.chapters.flatMap((chapter, n) =>
		chapter.inContents === false ? [] : [{ chapter, href: chapterFile(n) }]
	);
}

/** @param {BookSpec} spec */
function navXhtml(spec) {
	const items = listed(spec)
		.map(({ chapter, href }) => {
			const sections = (chapter.sections ?? [])
				.map((section) => `<li><a href="${href}#${section.id}">${escape(section.title)}</a></li>`)
				.join('');
			return `<li><a href="${href}">${escape(chapter.title)}</a>${sections ? `<ol>${sections}</ol>` : ''}</li>`;
		})
		.join('\n');
	return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Contents</title></head>
<body><nav epub:type="toc" id="toc"><h1>Contents</h1><ol>
${items}
</ol></nav></body>
</html>`;
}

/** @param {BookSpec} spec */
function ncxXml(spec) {
	let order = 0;
	/** @param {string} label @param {string} src @param {string} inner */
	const point = (label, src, inner = '') =>
		`<navPoint id="p${++order}" playOrder="${order}"><navLabel><text>${escape(label)}</text></navLabel>` +
		`<content src="${src}"/>${inner}</navPoint>`;
	const points = listed(spec)
		.map(({ chapter, href }) =>
			point(
				chapter.title,
				href,
				(chapter.sections ?? []).map((section) => point(section.title, `${href}#${section.id}`)).join('')
			)
		)
		.join('\n');
	return `<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head><meta name="dtb:uid" content="urn:uuid:lectern-test"/></head>
<docTitle><text>${escape(spec.title ?? '')}</text></docTitle>
<navMap>
${points}
</navMap>
</ncx>`;
}

/** @param {BookSpec} spec */
function packageXml(spec) {
	const version = spec.version ?? 3;
	const contents = spec.contents ?? true;
	const lang = spec.lang ?? 'en';
	const items = spec.chapters.map(
		(_, n) => `<item id="c${n + 1}" href="${chapterFile(n)}" media-type="application/xhtml+xml"/>`
	);
	if (contents && version === 3)
		items.push('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>');
	if (contents && version === 2)
		items.push('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>');
	items.push('<item id="cover" href="cover.jpg" media-type="image/jpeg"/>');
	const spine = spec.chapters.map((_, n) => `<itemref idref="c${n + 1}"/>`).join('');
	const direction = spec.direction ? ` page-progression-direction="${spec.direction}"` : '';
	const toc = contents && version === 2 ? ' toc="ncx"' : '';
	return `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="uid">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:lectern-test</dc:identifier>
${spec.title === undefined ? '' : `<dc:title>${escape(spec.title)}</dc:title>`}
${(spec.authors ?? []).map((author) => `<dc:creator>${escape(author)}</dc:creator>`).join('\n')}
<dc:language>${lang}</dc:language>
</metadata>
<manifest>
${items.join('\n')}
</manifest>
<spine${toc}${direction}>${spine}</spine>
</package>`;
}

const CONTAINER = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

const ENCRYPTION = `<?xml version="1.0" encoding="utf-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/chapter-1.xhtml"/></enc:CipherData>
</enc:EncryptedData>
</encryption>`;

/**
 * An EPUB as a reading system expects it: `mimetype` first and stored, then META-INF and the OEBPS folder.
 * @param {BookSpec} spec
 * @returns {Uint8Array}
 */
export function buildEpub(spec) {
	const version = spec.version ?? 3;
	/** @type {Record<string, Uint8Array>} */
	const oebps = {
		'content.opf': strToU8(packageXml(spec)),
		// Never unpacked: a picture's bytes are not text
		'cover.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
	};
	spec.chapters.forEach((chapter, n) => {
		oebps[chapterFile(n)] = strToU8(chapterXhtml(chapter, spec.lang ?? 'en'));
	});
	if (spec.contents ?? true) {
		if (version === 3) oebps['nav.xhtml'] = strToU8(navXhtml(spec));
		else oebps['toc.ncx'] = strToU8(ncxXml(spec));
	}
	/** @type {import('fflate').Zippable} */
	const files = {
		mimetype: [strToU8('application/epub+zip'), { level: 0 }],
		'META-INF/container.xml': strToU8(CONTAINER),
		OEBPS: oebps
	};
	if (spec.encrypted) files['META-INF/encryption.xml'] = strToU8(ENCRYPTION);
	for (const [path, content] of Object.entries(spec.files ?? {}))
		files[path] = typeof content === 'string' ? strToU8(content) : content;
	return zipSync(files);
}

/** A small EPUB 3 book with three chapters, one with sections, for tests that need any good book. */
export function sampleBook(overrides = /** @type {Partial<BookSpec>} */ ({})) {
	return buildEpub({
		title: 'The Lighthouse Keeper',
		authors: ['Morag Fisher'],
		lang: 'en-GB',
		chapters: [
			{
				title: 'Chapter 1: The Light',
				body:
					'<h1>Chapter 1: The Light</h1><p>The lamp was lit every evening at dusk.</p>' +
					'<h2 id="oil">Oil and wicks</h2><p>Paraffin replaced whale oil in 1870.</p>',
				sections: [{ id: 'oil', title: 'Oil and wicks' }]
			},
			{
				title: 'Chapter 2: The Storm',
				body: '<h1>Chapter 2: The Storm</h1><p>The waves broke over the gallery rail.</p>'
			},
			{
				title: 'Chapter 3: The Relief Boat',
				body: '<h1>Chapter 3: The Relief Boat</h1><p>The boat came on the first calm day.</p>'
			}
		],
		...overrides
	});
}

/**
 * Rewrites the size a ZIP's central directory declares for one file, as a crafted archive would.
 * @param {Uint8Array} zip @param {string} name @param {number} size
 */
export function declareSize(zip, name, size) {
	const bytes = new Uint8Array(zip);
	const view = new DataView(bytes.buffer);
	const wanted = strToU8(name);
	// Central directory headers: signature, then the uncompressed size at 24 and the name's length at 28
	for (let at = 0; at + 46 < bytes.length; at++) {
		if (view.getUint32(at, true) !== 0x02014b50) continue;
		const length = view.getUint16(at + 28, true);
		const found = bytes.subarray(at + 46, at + 46 + length);
		if (found.length === wanted.length && found.every((byte, i) => byte === wanted[i])) {
			view.setUint32(at + 24, size, true);
			return bytes;
		}
	}
	throw new Error(`${name} is not in the archive.`);
}

/**
 * A book whose one chapter inflates to `megabytes` MB of spaces from a few kilobytes: a ZIP bomb.
 * @param {number} megabytes
 */
export function zipBomb(megabytes) {
	const filler = ' '.repeat(1024 * 1024);
	return buildEpub({
		title: 'Bomb',
		chapters: [{ title: 'Bomb', body: `<p>${filler.repeat(megabytes)}</p>` }]
	});
}

/** @param {Uint8Array} zip The first half of an archive, as an interrupted download leaves it. */
export const truncated = (zip) => zip.slice(0, Math.floor(zip.length / 2));

/** Bytes that are no ZIP: a PDF's header and some text. */
export const notAZip = () => strToU8('%PDF-1.7\nThis is a PDF renamed to .epub, not a book.\n');
