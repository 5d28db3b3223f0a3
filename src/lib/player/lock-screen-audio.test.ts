import { describe, expect, it } from 'vitest';
import { needsSilentAudio, silentWav } from './lock-screen-audio';

const ANDROID =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const IPHONE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const DESKTOP =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

function nav(userAgent: string, mediaSession = true, platform?: string): Navigator {
	return {
		userAgent,
		...(mediaSession ? { mediaSession: {} } : {}),
		...(platform ? { userAgentData: { platform } } : {})
	} as unknown as Navigator;
}

describe('the silent loop for lock-screen controls', () => {
	it('is used on Android with Media Session, and nowhere else', () => {
		expect(needsSilentAudio(nav(ANDROID))).toBe(true);
		expect(needsSilentAudio(nav(DESKTOP, true, 'Android'))).toBe(true);
		expect(needsSilentAudio(nav(ANDROID, false))).toBe(false);
		expect(needsSilentAudio(nav(IPHONE))).toBe(false);
		expect(needsSilentAudio(nav(DESKTOP, true, 'Linux'))).toBe(false);
	});

	it('is a valid PCM WAV of silence, at least 5 seconds long', async () => {
		const wav = new DataView(await silentWav().arrayBuffer());
		const text = (offset: number) => String.fromCharCode(...new Uint8Array(wav.buffer, offset, 4).values());
		expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
		expect(wav.getUint32(4, true)).toBe(wav.byteLength - 8);
		const rate = wav.getUint32(24, true);
		const samples = wav.getUint32(40, true);
		expect(wav.byteLength).toBe(44 + samples);
		expect(samples / rate).toBeGreaterThanOrEqual(5);
		const data = new Uint8Array(wav.buffer, 44);
		expect(data.every((sample) => sample === 128)).toBe(true);
	});
});
