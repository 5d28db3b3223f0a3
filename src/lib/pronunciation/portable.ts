// Pronunciation rules inside a settings file: written without their ids (the other device makes its own) and
// read back with every rule checked, so a damaged file is refused whole, before anything changes.
import { ruleProblem, type PronunciationRule } from './lexicon';

export type PortableRule = Omit<PronunciationRule, 'id'>;

/** Far above any real list; a file with more is not one Lectern wrote. */
export const MAX_PORTABLE_RULES = 5000;

export function portableRules(rules: readonly PronunciationRule[]): PortableRule[] {
	return rules.map(({ lang, match, say, pattern, caseSensitive }) => ({
		lang,
		match,
		say,
		pattern,
		caseSensitive
	}));
}

export type PortableRead = { ok: true; rules: PortableRule[] } | { ok: false; message: string };

function asRule(value: unknown): PortableRule | null {
	if (!value || typeof value !== 'object') return null;
	const { lang, match, say, pattern, caseSensitive } = value as Record<string, unknown>;
	if (typeof lang !== 'string' || !/^[a-z]{2,3}$/i.test(lang)) return null;
	if (typeof match !== 'string' || typeof say !== 'string') return null;
	if (typeof pattern !== 'boolean' || typeof caseSensitive !== 'boolean') return null;
	return { lang: lang.toLowerCase(), match, say, pattern, caseSensitive };
}

/** The rules a settings file holds (none when it has no list, as files from before rules were saved). */
export function readPortableRules(value: unknown): PortableRead {
	if (value === undefined) return { ok: true, rules: [] };
	if (!Array.isArray(value))
		return { ok: false, message: 'The pronunciation rules in this file are damaged. Nothing changed.' };
	if (value.length > MAX_PORTABLE_RULES)
		return {
			ok: false,
			message: `This file holds more than ${MAX_PORTABLE_RULES} pronunciation rules. Nothing changed.`
		};
	const rules: PortableRule[] = [];
	for (const [index, item] of value.entries()) {
		const rule = asRule(item);
		const problem = rule ? ruleProblem(rule) : 'It is damaged.';
		if (!rule || problem)
			return {
				ok: false,
				message: `Pronunciation rule ${index + 1} in this file cannot be used: ${problem} Nothing changed.`
			};
		rules.push(rule);
	}
	return { ok: true, rules };
}
