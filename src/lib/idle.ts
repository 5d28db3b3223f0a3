// Work the first paint does not need (storage, the service worker) waits until the page has loaded and the
// main thread is idle, so it never competes with showing the article.
export function afterPageLoad(win: Window = window): Promise<void> {
	const idle = (resolve: () => void) =>
		'requestIdleCallback' in win
			? win.requestIdleCallback(() => resolve(), { timeout: 2000 })
			: setTimeout(resolve, 1);
	return new Promise((resolve) => {
		if (win.document.readyState === 'complete') idle(resolve);
		else win.addEventListener('load', () => idle(resolve), { once: true });
	});
}
