import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { narrateStory } from '$lib/testing/speech-factory';
import { WINDOWS_EDGE } from './voice-fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const SONIA = 'Microsoft Sonia Online (Natural) - English (United Kingdom)';
const HAZEL = 'Microsoft Hazel - English (Great Britain)';

describe('Narrator voices', () => {
	it('speaks with the best local voice from the data, without the reader choosing', async () => {
		const { engine, narrator } = narrateStory({ voices: WINDOWS_EDGE }, { isOnline: () => true });
		narrator.loadVoices();
		await narrator.voiceDataLoaded();
		narrator.play();
		expect(engine.requests.at(-1)?.voice?.name).toBe(HAZEL);
		expect(narrator.voiceOptions[0]?.label).toBe('Microsoft Sonia (Natural)');
	});

	it('offline, switches a chosen online voice to the best local one and says so once', async () => {
		let online = true;
		const notices: string[] = [];
		const { engine, narrator } = narrateStory(
			{ voices: WINDOWS_EDGE },
			{
				isOnline: () => online,
				onVoiceNotice: (message) => notices.push(message),
				preferredVoice: { name: SONIA, lang: 'en-GB' }
			}
		);
		narrator.loadVoices();
		await narrator.voiceDataLoaded();
		narrator.play();
		expect(engine.requests.at(-1)?.voice?.name).toBe(SONIA);
		online = false;
		narrator.nextSentence();
		narrator.nextSentence();
		expect(engine.requests.at(-1)?.voice?.name).toBe(HAZEL);
		expect(notices).toEqual([
			'Microsoft Sonia (Natural) needs an internet connection; reading with Microsoft Hazel instead.'
		]);
	});
});

describe('Try this voice', () => {
	it("speaks the data's sample sentence with that voice and stops the reading", async () => {
		const { engine, narrator } = narrateStory({ voices: WINDOWS_EDGE }, { isOnline: () => true });
		narrator.loadVoices();
		await narrator.voiceDataLoaded();
		narrator.play();
		const sonia = WINDOWS_EDGE.find((v) => v.name === SONIA);
		if (!sonia) throw new Error('fixture lost Sonia');
		narrator.sampleVoice(sonia);
		expect(narrator.state).toBe('paused');
		expect(engine.requests.at(-1)).toMatchObject({
			text: 'Hello, my name is Microsoft Sonia and I am an English voice.',
			voice: sonia
		});
		expect(narrator.voice?.name).toBe(HAZEL);
	});
});

describe('a pronunciation tried from the article', () => {
	it('is said in the reading’s voice and speed, for the article’s language, after the reading pauses', async () => {
		const { engine, narrator } = narrateStory({ voices: WINDOWS_EDGE }, { isOnline: () => true });
		narrator.loadVoices();
		await narrator.voiceDataLoaded();
		narrator.setRate(1.5);
		narrator.play();
		narrator.tryPronunciation('RAH-fah', 'en-US');
		expect(narrator.state).toBe('paused');
		expect(engine.requests.at(-1)).toMatchObject({ text: 'RAH-fah', rate: 1.5 });
		expect(engine.requests.at(-1)?.voice?.name).toBe(HAZEL);
	});

	it('in another language, by the engine’s own voice for that language', async () => {
		const { engine, narrator } = narrateStory({ voices: WINDOWS_EDGE }, { isOnline: () => true });
		narrator.loadVoices();
		await narrator.voiceDataLoaded();
		narrator.tryPronunciation('lee-ON', 'fr');
		expect(engine.requests.at(-1)).toMatchObject({ text: 'lee-ON', lang: 'fr', voice: null });
		expect(narrator.state).toBe('idle');
	});
});
