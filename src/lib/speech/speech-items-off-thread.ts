// The speech items of an article, cut in a worker so the page stays free while it loads; on the page itself
// where a module worker cannot start (an old browser) or fails. The page's own copy of the sentence code is
// loaded only then.
import type { Article } from '$lib/article/types';
import type { SpeechItem, SpeechItemOptions } from './speech-items';
import type { SpeechItemsRequest } from './speech-items.worker';

/**
 * The items, and a User Timing measure `lectern:speech-items` whose detail says where they were cut
 * (`worker` or `page`), for the tests and the benchmark.
 */
export function speechItemsOffThread(article: Article, options: SpeechItemOptions): Promise<SpeechItem[]> {
	const start = performance.now();
	const measured = (items: SpeechItem[], detail: 'worker' | 'page') => {
		performance.measure('lectern:speech-items', { start, detail });
		return items;
	};
	const onPage = async () =>
		measured((await import('./speech-items')).buildSpeechItems(article, options), 'page');
	let worker: Worker;
	try {
		worker = new Worker(new URL('./speech-items.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onPage();
	}
	return new Promise<SpeechItem[]>((resolve) => {
		const done = (items: SpeechItem[] | Promise<SpeechItem[]>) => {
			worker.terminate();
			resolve(items);
		};
		worker.addEventListener('message', (event: MessageEvent<SpeechItem[]>) =>
			done(measured(event.data, 'worker'))
		);
		worker.addEventListener('error', () => done(onPage()));
		worker.addEventListener('messageerror', () => done(onPage()));
		const request: SpeechItemsRequest = { article, options };
		try {
			worker.postMessage(request);
		} catch {
			done(onPage()); // an article that cannot be cloned (never one from load or storage)
		}
	});
}
