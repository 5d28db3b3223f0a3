export { Highlighter, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from './highlighter';
export { partElement, rangeFor, type TextTarget } from './locate';
export { Follower } from './follow.svelte';
