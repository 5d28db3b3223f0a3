/** A BCP 47 tag reduced to what voice matching needs: `en_gb-x-rp` → { language: 'en', region: 'GB' }. */
export interface LanguageTag {
	language: string;
	region: string | null;
}

// Old codes some platforms still report (Android's Java locales among them), mapped to today's.
const LEGACY: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', no: 'nb' };

export function parseTag(tag: string): LanguageTag {
	const subtags = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
	const first = subtags[0] ?? '';
	let region: string | null = null;
	for (const subtag of subtags.slice(1)) {
		// A singleton such as `x` starts extensions and private use; nothing after it is a region.
		if (subtag.length === 1) break;
		if (/^(?:[a-z]{2}|\d{3})$/.test(subtag)) {
			region = subtag.toUpperCase();
			break;
		}
	}
	return { language: LEGACY[first] ?? first, region };
}

/** `en-GB`, `en` or `und`: the language and region only, in canonical case. */
export function tagKey(tag: LanguageTag): string {
	const language = tag.language || 'und';
	return tag.region ? `${language}-${tag.region}` : language;
}

const names = new Map<string, Intl.DisplayNames | null>();

function displayNames(displayLocale: string): Intl.DisplayNames | null {
	if (!names.has(displayLocale)) {
		let made: Intl.DisplayNames | null;
		try {
			made = new Intl.DisplayNames([displayLocale], { type: 'language', languageDisplay: 'standard' });
		} catch (error) {
			// A malformed locale from settings must not break the voice menu; tags are shown as they are.
			console.warn('No display names for locale', displayLocale, error);
			made = null;
		}
		names.set(displayLocale, made);
	}
	return names.get(displayLocale) ?? null;
}

/** The tag's name in `displayLocale`, e.g. 'English (United Kingdom)'; the tag itself when it has none. */
export function languageName(tag: string, displayLocale: string): string {
	const key = tagKey(parseTag(tag));
	const named = displayNames(displayLocale);
	if (!named || key === 'und') return tag;
	try {
		return named.of(key) ?? tag;
	} catch {
		// Intl rejects some tags voices report (e.g. three-letter regions); showing the raw tag is honest.
		return tag;
	}
}
