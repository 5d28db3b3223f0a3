// Reading settings carried to another device: as a file (saved, then opened there) or as a link whose
// fragment holds them (never sent to a server). Each step returns the sentence the panel shows. The file also
// carries the pronunciation rules; the link does not (it would grow past what a link can hold).
import { portableRules, readPortableRules, type PortableRule } from '$lib/pronunciation/portable';
import type { PronunciationRule } from '$lib/pronunciation/lexicon';
import {
	exportSettings,
	importSettings,
	settingsFromLinkCode,
	settingsToLinkCode,
	SettingsImportError,
	type ReadingSettings
} from './model';

export const SETTINGS_FILE_NAME = 'lectern-settings.json';
/** Far above any real settings file, with thousands of pronunciation rules; anything larger is not one. */
const MAX_FILE_BYTES = 1024 * 1024;

export type Imported = { ok: true; settings: ReadingSettings } | { ok: false; message: string };
export type ImportedFile =
	{ ok: true; settings: ReadingSettings; rules: PortableRule[] } | { ok: false; message: string };

/** The settings (and the pronunciation rules, when there are any) as the file "Save as a file" downloads. */
export function settingsFile(settings: ReadingSettings, rules: readonly PronunciationRule[] = []): Blob {
	const content = rules.length
		? { ...exportSettings(settings), pronunciations: portableRules(rules) }
		: exportSettings(settings);
	return new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
}

/** Starts the download of the settings file in `doc`; returns the sentence to show. */
export function downloadSettings(
	settings: ReadingSettings,
	rules: readonly PronunciationRule[] = [],
	doc: Document = document
): string {
	const url = URL.createObjectURL(settingsFile(settings, rules));
	const anchor = doc.createElement('a');
	anchor.href = url;
	anchor.download = SETTINGS_FILE_NAME;
	anchor.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
	return `Saved ${SETTINGS_FILE_NAME} to your downloads.`;
}

export function settingsLink(origin: string, settings: ReadingSettings): string {
	return `${origin}/settings#settings=${settingsToLinkCode(settings)}`;
}

/** Copies `link`; when the clipboard refuses, the panel shows the link for the reader to copy. */
export async function copySettingsLink(link: string, clipboard: Pick<Clipboard, 'writeText'> | undefined) {
	try {
		if (!clipboard) throw new Error('No clipboard in this browser');
		await clipboard.writeText(link);
		return 'Link copied. Open it on another device to use these settings there.';
	} catch {
		return 'Copy the link below to use these settings on another device.';
	}
}

/**
 * A chosen settings file, checked: the settings and pronunciation rules in it, or a sentence saying why they
 * cannot be used. Files saved before rules were carried hold none and are read as before.
 */
export async function readSettingsFile(file: Pick<File, 'size' | 'text'>): Promise<ImportedFile> {
	try {
		if (file.size > MAX_FILE_BYTES)
			return { ok: false, message: 'This file is too large to be Lectern settings.' };
		const text = await file.text();
		const { settings } = importSettings(text);
		const rules = readPortableRules((JSON.parse(text) as { pronunciations?: unknown }).pronunciations);
		return rules.ok ? { ok: true, settings, rules: rules.rules } : rules;
	} catch (error) {
		const message =
			error instanceof SettingsImportError
				? error.message
				: 'Lectern could not read this file. Nothing changed.';
		return { ok: false, message };
	}
}

/** The settings a link's fragment offers (`#settings=…`), null when it offers none. */
export function settingsFromHash(hash: string): Imported | null {
	const code = /^#settings=([\w-]+)$/.exec(hash)?.[1];
	if (!code) return null;
	try {
		return { ok: true, settings: settingsFromLinkCode(code).settings };
	} catch (error) {
		const message = error instanceof SettingsImportError ? error.message : 'This settings link is damaged.';
		return { ok: false, message };
	}
}
