// Cuts an article into speech items away from the page: sentence segmentation starts ICU, whose first use is a
// long task on the main thread, and a 100,000-word article has 10,000 items to cut.
import { buildSpeechItems, type SpeechItemOptions } from './speech-items';
import type { Article } from '$lib/article/types';

export interface SpeechItemsRequest {
	article: Article;
	options: SpeechItemOptions;
}

addEventListener('message', (event: MessageEvent<SpeechItemsRequest>) => {
	postMessage(buildSpeechItems(event.data.article, event.data.options));
});
