// The pronunciation list between the page and storage: load, save, delete and import rules as the reader
// edits them, and the Lexicon the narrator uses for an article's language.
import { parseTag } from '$lib/speech/language-tags';
import { deletePronunciation, listPronunciations, savePronunciations } from '$lib/storage';
import { rulesChanged } from './changes';
import { Lexicon, type PronunciationRule } from './lexicon';

export type RulesResult<T> = { ok: true; value: T } | { ok: false; message: string };

function asRule({ id, lang, match, say, pattern, caseSensitive }: PronunciationRule): PronunciationRule {
	return { id, lang, match, say, pattern, caseSensitive };
}

export async function loadRules(lang?: string): Promise<RulesResult<PronunciationRule[]>> {
	const listed = await listPronunciations(lang && parseTag(lang).language);
	return listed.ok
		? { ok: true, value: listed.value.map(asRule) }
		: { ok: false, message: listed.error.message };
}

/** Adds or replaces rules; a rule without an id gets one. */
export async function saveRules(
	rules: readonly (Omit<PronunciationRule, 'id'> & { id?: string })[]
): Promise<RulesResult<number>> {
	const now = Date.now();
	const records = rules.map((rule, i) => ({
		...rule,
		id: rule.id ?? crypto.randomUUID(),
		lang: parseTag(rule.lang).language,
		updatedAt: now + i
	}));
	const saved = await savePronunciations(records);
	if (!saved.ok) return { ok: false, message: saved.error.message };
	await rulesChanged();
	return saved;
}

export async function deleteRule(id: string): Promise<RulesResult<void>> {
	const deleted = await deletePronunciation(id);
	if (!deleted.ok) return { ok: false, message: deleted.error.message };
	await rulesChanged();
	return deleted;
}

/** The reader's rules for an article's language, or null when there are none (or storage is off). */
export async function loadLexicon(lang: string): Promise<Lexicon | null> {
	const rules = await loadRules(lang);
	if (!rules.ok || rules.value.length === 0) return null;
	return new Lexicon(rules.value, lang);
}

/**
 * Adds rules brought from another device; one that matches a rule already here (same language, words and
 * kind) replaces how it is said rather than adding a second. Returns how many were saved.
 */
export async function mergeRules(
	incoming: readonly Omit<PronunciationRule, 'id'>[]
): Promise<RulesResult<number>> {
	if (incoming.length === 0) return { ok: true, value: 0 };
	const existing = await loadRules();
	if (!existing.ok) return existing;
	const key = (rule: Omit<PronunciationRule, 'id'>) =>
		JSON.stringify([parseTag(rule.lang).language, rule.match, rule.pattern, rule.caseSensitive]);
	const ids = new Map(existing.value.map((rule) => [key(rule), rule.id]));
	return saveRules(incoming.map((rule) => ({ ...rule, id: ids.get(key(rule)) })));
}
