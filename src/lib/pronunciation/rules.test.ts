import '$lib/testing/storage-factory';
import { describe, expect, it } from 'vitest';
import { onRulesChanged } from './changes';
import { deleteRule, loadLexicon, loadRules, mergeRules, saveRules } from './rules';

describe('the pronunciation list between the page and storage', () => {
	it('saves a rule under its primary language, tells the player, and the lexicon says it at once', async () => {
		let heard = 0;
		const stop = onRulesChanged(() => void (heard += 1));
		const rule = { lang: 'en-GB', match: 'Rafah', say: 'RAH-fah', pattern: false, caseSensitive: false };
		expect(await saveRules([rule])).toEqual({ ok: true, value: 1 });
		expect(heard).toBe(1);

		const lexicon = await loadLexicon('en-US');
		expect(lexicon?.apply('The Rafah crossing').text).toBe('The RAH-fah crossing');
		const saved = await loadRules('en');
		expect(saved.ok && saved.value.map(({ lang, match }) => ({ lang, match }))).toEqual([
			{ lang: 'en', match: 'Rafah' }
		]);

		if (!saved.ok || !saved.value[0]) throw new Error('The rule was not saved');
		expect(await deleteRule(saved.value[0].id)).toEqual({ ok: true, value: undefined });
		expect(heard).toBe(2);
		expect(await loadLexicon('en')).toBeNull();
		stop();
	});
});

describe('rules brought from another device', () => {
	it('adds new rules and replaces how a rule already here is said, never listing it twice', async () => {
		const base = { lang: 'fr', pattern: false, caseSensitive: false };
		expectSaved(await saveRules([{ ...base, match: 'Lyon', say: 'lee-ON' }]));
		const merged = await mergeRules([
			{ ...base, lang: 'fr-CA', match: 'Lyon', say: 'lyon' },
			{ ...base, match: 'Reims', say: 'RANCE' }
		]);
		expect(merged).toEqual({ ok: true, value: 2 });
		const rules = await loadRules('fr');
		expect(rules.ok && rules.value.map(({ match, say }) => `${match}=${say}`).sort()).toEqual([
			'Lyon=lyon',
			'Reims=RANCE'
		]);
	});
});

function expectSaved(result: Awaited<ReturnType<typeof saveRules>>): void {
	expect(result.ok).toBe(true);
}
