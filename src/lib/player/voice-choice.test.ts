// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpeechVoice } from '$lib/speech';
import { loadVoiceChoice, saveVoiceChoice, voiceChoiceForLanguage } from './voice-choice';

const voice = (name: string, lang: string): SpeechVoice => ({
	name,
	lang,
	localService: true,
	isDefault: false,
	voiceURI: name
});

beforeEach(() => localStorage.clear());

describe('the voice chosen per language', () => {
	it('is kept per article tag, by name and lang', () => {
		saveVoiceChoice('en-GB', voice('Serena', 'en-GB'));
		expect(loadVoiceChoice('en-GB')).toEqual({ name: 'Serena', lang: 'en-GB' });
		expect(loadVoiceChoice('en-US')).toBeNull();
	});

	it('serves a rule’s language: its own tag first, else another tag of the same language, else none', () => {
		saveVoiceChoice('en-GB', voice('Serena', 'en-GB'));
		saveVoiceChoice('fr-FR', voice('Thomas', 'fr-FR'));
		expect(voiceChoiceForLanguage('en')).toEqual({ name: 'Serena', lang: 'en-GB' });
		expect(voiceChoiceForLanguage('fr')).toEqual({ name: 'Thomas', lang: 'fr-FR' });
		saveVoiceChoice('en', voice('Ava', 'en-US'));
		expect(voiceChoiceForLanguage('en')).toEqual({ name: 'Ava', lang: 'en-US' });
		expect(voiceChoiceForLanguage('de')).toBeNull();
	});

	it('reads a damaged record as no choice, and says so in the console', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		localStorage.setItem('lectern:voices', '{not json');
		expect(voiceChoiceForLanguage('en')).toBeNull();
		expect(warn).toHaveBeenCalledWith('Ignoring an unreadable voice choice', expect.any(SyntaxError));
		warn.mockRestore();
	});
});
