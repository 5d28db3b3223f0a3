// `npm run icons`: renders Lectern's app icons from the one source design, static/icons/lectern.svg.
// The source is a background (`<rect id="background">`) and a mark (`<g id="mark">`); every icon is drawn from them:
//   icon-192.png, icon-512.png    purpose "any": the source as it is (rounded square, transparent corners)
//   maskable-512.png              purpose "maskable": full-bleed background, the mark shrunk into the safe zone
//   apple-touch-icon-180.png      opaque full square (iOS rounds the corners itself)
//   static/favicon.svg            a copy of the source
// The outputs are committed; the same sharp version renders the same bytes, so a re-run changes nothing.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const DIR = 'static/icons';
const SOURCE = join(DIR, 'lectern.svg');
/** The source's viewBox is 0 0 512 512. */
const VIEWBOX = 512;
/** A maskable icon's safe zone is the centred circle whose diameter is 80% of the icon. */
const SAFE_ZONE_RADIUS = 0.4;
/** How much the mark shrinks in the maskable icon, so that it sits well inside the safe zone. */
const MASKABLE_MARK_SCALE = 0.86;

const source = readFileSync(SOURCE, 'utf8');

const markElement = source.match(/<g id="mark"[\s\S]*?<\/g>/)?.[0] ?? '';
const background = source.match(/<rect id="background"[^>]*fill="(#[0-9a-f]{6})"/i)?.[1] ?? '';
if (!markElement || !background) {
	throw new Error(`${SOURCE} needs a <rect id="background" fill="#rrggbb"/> and a <g id="mark">…</g>.`);
}

/**
 * A square SVG: a full-bleed background and the source's mark, scaled about the centre.
 * @param {number} scale
 */
function fullBleed(scale) {
	const centre = VIEWBOX / 2;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEWBOX} ${VIEWBOX}" width="${VIEWBOX}" height="${VIEWBOX}">` +
		`<rect width="${VIEWBOX}" height="${VIEWBOX}" fill="${background}"/>` +
		`<g transform="translate(${centre} ${centre}) scale(${scale}) translate(${-centre} ${-centre})">${markElement}</g>` +
		`</svg>`
	);
}

/**
 * Renders an SVG straight at `size` pixels (vector, not a resampled bitmap) and writes a PNG.
 * @param {string} svg
 * @param {number} size
 * @param {string} file
 * @param {{ opaque?: boolean }} [options] opaque: drop the alpha channel (the icon must have no transparency)
 */
async function render(svg, size, file, { opaque = false } = {}) {
	let image = sharp(Buffer.from(svg), { density: (72 * size) / VIEWBOX });
	if (opaque) image = image.flatten({ background }).removeAlpha();
	const info = await image.png({ compressionLevel: 9, adaptiveFiltering: true }).toFile(join(DIR, file));
	if (info.width !== size || info.height !== size) {
		throw new Error(`${file} came out ${info.width}×${info.height}, not ${size}×${size}.`);
	}
	console.log(`${join(DIR, file)}: ${size}×${size}, ${info.size} bytes`);
}

/**
 * Fails unless every pixel outside the safe-zone circle is the plain background: the mark never gets cropped.
 * @param {string} file
 */
async function assertInsideSafeZone(file) {
	const { data, info } = await sharp(join(DIR, file)).raw().toBuffer({ resolveWithObject: true });
	const [r, g, b] = [1, 3, 5].map((at) => parseInt(background.slice(at, at + 2), 16));
	const centre = info.width / 2;
	const radius = SAFE_ZONE_RADIUS * info.width;
	for (let y = 0; y < info.height; y++) {
		for (let x = 0; x < info.width; x++) {
			if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) <= radius) continue;
			const at = (y * info.width + x) * info.channels;
			if (data[at] !== r || data[at + 1] !== g || data[at + 2] !== b) {
				throw new Error(`${file}: the mark reaches (${x}, ${y}), outside the maskable safe zone.`);
			}
		}
	}
}

await render(source, 192, 'icon-192.png');
await render(source, 512, 'icon-512.png');
await render(fullBleed(MASKABLE_MARK_SCALE), 512, 'maskable-512.png', { opaque: true });
await assertInsideSafeZone('maskable-512.png');
await render(fullBleed(1), 180, 'apple-touch-icon-180.png', { opaque: true });
copyFileSync(SOURCE, 'static/favicon.svg');
console.log('static/favicon.svg: a copy of the source');
