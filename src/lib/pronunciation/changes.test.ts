import { afterEach, describe, expect, it } from 'vitest';
import { onRulesChanged, rulesChanged, sayThroughPlayer, sayTriesWith } from './changes';

/** Another tab of Lectern, as the channel sees it. */
let otherTab: BroadcastChannel | null = null;
afterEach(() => otherTab?.close());

function nextMessage(channel: BroadcastChannel): Promise<unknown> {
	return new Promise((resolve) =>
		channel.addEventListener('message', (event) => resolve(event.data), { once: true })
	);
}

describe('word of rule changes, in this tab and between tabs', () => {
	it('a change made in another tab reaches this tab’s listeners', async () => {
		let heard = 0;
		const stop = onRulesChanged(() => void (heard += 1));
		otherTab = new BroadcastChannel('lectern-pronunciation');
		otherTab.postMessage('changed');
		await expect.poll(() => heard).toBe(1);
		stop();
	});

	it('a change made here is told here at once, and sent to the other tabs', async () => {
		let heard = 0;
		const stop = onRulesChanged(() => void (heard += 1));
		otherTab = new BroadcastChannel('lectern-pronunciation');
		const received = nextMessage(otherTab);
		void rulesChanged();
		expect(heard).toBe(1);
		expect(await received).toBe('changed');
		stop();
	});

	it('a change made here settles once this tab’s listeners have put it to use', async () => {
		let inUse = false;
		let finish = () => {};
		const stop = onRulesChanged(() =>
			new Promise<void>((resolve) => (finish = resolve)).then(() => void (inUse = true))
		);
		let settled = false;
		const told = rulesChanged().then(() => (settled = true));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(settled).toBe(false);
		finish();
		await told;
		expect(inUse).toBe(true);
		stop();
	});

	it('a message that is not a change is ignored', async () => {
		let heard = 0;
		const stop = onRulesChanged(() => void (heard += 1));
		otherTab = new BroadcastChannel('lectern-pronunciation');
		otherTab.postMessage('trying');
		otherTab.postMessage({ changed: true });
		otherTab.postMessage('changed');
		// Messages arrive in order: once the change is heard, the two before it were ignored, not pending.
		await expect.poll(() => heard).toBe(1);
		stop();
	});
});

describe('a pronunciation tried aloud', () => {
	it('goes to the page’s player while one is connected, and nowhere once it has gone', () => {
		const said: string[] = [];
		expect(sayThroughPlayer('RAH-fah', 'en')).toBe(false);
		const stop = sayTriesWith((text, lang) => said.push(`${lang}: ${text}`));
		expect(sayThroughPlayer('RAH-fah', 'en')).toBe(true);
		stop();
		expect(sayThroughPlayer('ESS-tuary', 'en')).toBe(false);
		expect(said).toEqual(['en: RAH-fah']);
	});

	it('a player that left does not remove the one that replaced it', () => {
		const said: string[] = [];
		const stopFirst = sayTriesWith((text) => said.push(`first ${text}`));
		const stopSecond = sayTriesWith((text) => said.push(`second ${text}`));
		stopFirst();
		expect(sayThroughPlayer('word', 'en')).toBe(true);
		stopSecond();
		expect(said).toEqual(['second word']);
	});
});
