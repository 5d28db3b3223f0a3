// Putting settings on the page, and the mirror in localStorage that lets the inline script in app.html apply
// them before the first paint (IndexedDB is asynchronous; a paint in the default theme would flash).
import { changedSettings, styleFor, validateSettings, type ReadingSettings } from './model';

/** Read by the inline script in src/app.html: keep the shape ({ vars, attributes }) in step with it. */
export const MIRROR_KEY = 'lectern-reading-style';

export interface Mirror {
	updatedAt: number;
	values: Partial<ReadingSettings>;
	vars: Record<string, string>;
	attributes: Record<string, string>;
}

export function applySettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
	const { vars, attributes } = styleFor(settings);
	for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
	for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
}

export function writeMirror(
	settings: ReadingSettings,
	updatedAt: number,
	storage: Storage = localStorage
): void {
	const mirror: Mirror = { updatedAt, values: changedSettings(settings), ...styleFor(settings) };
	try {
		storage.setItem(MIRROR_KEY, JSON.stringify(mirror));
	} catch {
		// Storage full or off (private browsing): the settings still apply now, and IndexedDB keeps them. An
		// older mirror left in place would be taken for the newest settings at the next load: it goes.
		try {
			storage.removeItem(MIRROR_KEY);
		} catch {
			// Off altogether: there is no mirror to mislead.
		}
	}
}

/** The mirrored settings, validated, or null when there is none or it cannot be read. */
export function readMirror(
	text: string | null = safeRead()
): { settings: ReadingSettings; updatedAt: number } | null {
	if (!text) return null;
	try {
		const mirror = JSON.parse(text) as Partial<Mirror> | null;
		if (!mirror || typeof mirror !== 'object') return null;
		const updatedAt = typeof mirror.updatedAt === 'number' ? mirror.updatedAt : 0;
		return { settings: validateSettings(mirror.values).settings, updatedAt };
	} catch {
		return null;
	}
}

function safeRead(): string | null {
	try {
		return localStorage.getItem(MIRROR_KEY);
	} catch {
		return null;
	}
}
