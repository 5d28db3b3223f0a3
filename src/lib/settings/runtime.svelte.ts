// What the settings do on every page once it has loaded: the store starts (other tabs' changes, repairs),
// line focus is mounted while it is on (its code loaded then), and the header's "Text settings" button opens the panel. Loaded after
// the page, or at the button's first press, whichever comes first, so the first load carries none of it; the
// button and its panel's host are plain markup in the layout, found by id (re-created when the page changes).
import { mount, unmount } from 'svelte';
import { readingSettings } from './store.svelte';

const TOGGLE_ID = 'text-settings-toggle';
const PANEL_ID = 'text-settings';

let started = false;

/** Starts the settings on this page; once only, however often it is asked. */
export function startSettings(): void {
	if (started) return;
	started = true;
	void readingSettings.start();
	watchLineFocus();
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
		if (!event.target.closest(`#${PANEL_ID}`)) return;
		// Escape closes the panel it is in (and does not reach the player, which would stop reading).
		event.stopPropagation();
		setOpen(false);
		document.getElementById(TOGGLE_ID)?.focus();
	});
}

let panel: { host: HTMLElement; instance: ReturnType<typeof mount> } | null = null;

function setOpen(open: boolean): void {
	document.getElementById(TOGGLE_ID)?.setAttribute('aria-expanded', String(open));
	const host = document.getElementById(PANEL_ID);
	if (host) host.hidden = !open;
}

/** The header's "Text settings" button: opens the panel, or closes it. */
export async function togglePanel(): Promise<void> {
	startSettings();
	const host = document.getElementById(PANEL_ID);
	if (!host) return;
	const open = host.hidden;
	setOpen(open);
	if (!open || panel?.host === host) return;
	const { default: SettingsPanel } = await import('./SettingsPanel.svelte');
	if (panel) void unmount(panel.instance);
	const onClose = () => {
		setOpen(false);
		document.getElementById(TOGGLE_ID)?.focus();
	};
	panel = { host, instance: mount(SettingsPanel, { target: host, props: { onClose } }) };
}

/** Line focus is mounted while it is on; its code loads the first time it is (few readers turn it on). */
function watchLineFocus(): void {
	const props = $state({ lines: 0 });
	let instance: ReturnType<typeof mount> | null = null;
	let loading = false;
	readingSettings.subscribe(({ lineFocus }) => {
		props.lines = lineFocus;
		if (lineFocus > 0 && !instance && !loading) {
			loading = true;
			void import('./LineFocus.svelte')
				.then(({ default: LineFocus }) => {
					if (props.lines > 0 && !instance) instance = mount(LineFocus, { target: document.body, props });
				})
				// Not loaded (the app's files gone from the cache while offline): the next change tries again.
				.catch(() => undefined)
				.finally(() => (loading = false));
		} else if (lineFocus === 0 && instance) {
			void unmount(instance);
			instance = null;
		}
	});
}
