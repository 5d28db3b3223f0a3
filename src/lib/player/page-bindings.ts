// The real page behind the read-aloud controller: the highlight and follow scrolling over the rendered
// article, the lock screen and wake lock, the place and voice kept on this device, and the listening queue.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Article } from '$lib/article/types';
import type { Follower, Highlighter } from '$lib/highlight';
import { readSpokenPlace, saveSpokenPlace } from '$lib/reader/session';
import { playWhenOpened, takeAutoplay } from '$lib/queue/autoplay';
import * as storage from '$lib/storage';
import type { StorageResult } from '$lib/storage';
import { appMessages } from '$lib/status/messages.svelte';
import { LockScreenAudio, needsSilentAudio } from './lock-screen-audio';
import { connectMediaSession, ScreenAwake } from './platform';
import type { QueueLink, QueuedTitle } from './queue-hand-over.svelte';
import type { PlaybackPlatform, ReadingMemory, ReadingSurface } from './read-aloud.svelte';
import { blockInView, blockOnScreen, focusedBlock } from './start-point';
import { saveVoiceChoice } from './voice-choice';

export function pageSurface(root: HTMLElement, highlighter: Highlighter, follower: Follower): ReadingSurface {
	return {
		showSentence: (item) => follower.follow(highlighter.showSentence(item)),
		showWord: (item, charIndex, charLength) =>
			highlighter.showWord({
				...item,
				start: item.start + charIndex,
				end: item.start + charIndex + charLength,
				text: item.text.slice(charIndex, charIndex + charLength)
			}),
		clear: () => {
			highlighter.clear();
			follower.reset();
		},
		blockInView: () => blockInView(root),
		// The saved sentence still on screen (the browser or the session restored the scroll) is where the
		// reader is; only a reader who moved elsewhere, or chose a paragraph, starts from what is in view.
		isAt: (place) => {
			const inView = blockInView(root);
			if (inView === place.block) return true;
			return focusedBlock(root) === null && (inView === -1 || blockOnScreen(root, place.block));
		}
	};
}

export function pagePlatform(
	title: string,
	onSystemPause: () => void
): PlaybackPlatform & { dispose(): void } {
	const awake = new ScreenAwake();
	// Android shows lock-screen controls only for playing media; the silent loop stands in for it.
	const lockScreen = needsSilentAudio(navigator) ? new LockScreenAudio(onSystemPause) : null;
	return {
		connect: (controls) => connectMediaSession(title, controls),
		setPlaying(playing) {
			void (playing ? awake.hold() : awake.release());
			if (lockScreen) lockScreen.playing = playing;
		},
		dispose: () => lockScreen?.dispose()
	};
}

export function pageMemory(article: Article): ReadingMemory {
	return {
		readPlace: () => readSpokenPlace(article.id),
		savePlace: (place) => void saveSpokenPlace(article.id, place),
		saveVoice: (voice) => saveVoiceChoice(article.lang, voice)
	};
}

/** The queue's answer, or null (the reading stays here) with the reason said, unless storage never opened. */
async function answer(result: Promise<StorageResult<QueuedTitle | null>>): Promise<QueuedTitle | null> {
	const settled = await result;
	if (settled.ok) return settled.value;
	if (!storage.isOpenFailure(settled.error)) appMessages.say(settled.error.message);
	return null;
}

export function pageQueue(article: Article): QueueLink {
	return {
		takeAutoplay: () => takeAutoplay(article.id),
		// The queue's code loads when an article ends or a track is skipped, not with the player.
		finished: () =>
			answer(import('$lib/queue/playback').then((queue) => queue.finishQueued(storage, article.id))),
		step: (by) =>
			answer(import('$lib/queue/playback').then((queue) => queue.stepQueue(storage, article.id, by))),
		open(next) {
			playWhenOpened(next.id);
			void goto(resolve('/read/[id]', { id: next.id }));
		}
	};
}
