// The player's way in to "Fix how this is said": the offer's code loads only once something in the article is
// first selected, so reading and listening load none of it (FixPronunciation then watches the selection).
import { mount, unmount } from 'svelte';
import { appMessages } from '$lib/status/messages.svelte';

/** Starts offering the fix for words selected in `root` (an article in `lang`); returns the function that stops. */
export function offerPronunciationFix(root: HTMLElement, lang: string): () => void {
	const host = document.createElement('div');
	let mounted: Record<string, unknown> | null = null;
	let stopped = false;
	const load = () => {
		const selection = document.getSelection();
		if (!selection || selection.isCollapsed || !root.contains(selection.anchorNode)) return;
		document.removeEventListener('selectionchange', load);
		import('$lib/components/pronunciation/FixPronunciation.svelte').then(
			({ default: FixPronunciation }) => {
				if (stopped) return;
				root.after(host);
				mounted = mount(FixPronunciation, { target: host, props: { root, lang } });
			},
			() => appMessages.say('“Fix how this is said” did not load. Reload the page to try again.')
		);
	};
	document.addEventListener('selectionchange', load);
	// Something selected while the page was still loading counts too.
	load();
	return () => {
		stopped = true;
		document.removeEventListener('selectionchange', load);
		if (mounted) void unmount(mounted);
		host.remove();
	};
}
