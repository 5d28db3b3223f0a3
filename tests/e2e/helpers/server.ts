// A test's own static server, so it can stop the network for real (TESTING.md: setOffline alone is not enough).
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { serve } from '../../../scripts/serve.js';
import { appStatus } from './fixtures';

export interface TestServer {
	origin: string;
	stop(): Promise<void>;
}

export async function startServer(root = 'build'): Promise<TestServer> {
	const server = await serve({ root, port: 0 });
	const address = server.address();
	if (typeof address !== 'object' || address === null) throw new Error('The test server has no port.');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** Waits until the service worker controls the page and the app says it is ready offline. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect(appStatus(page).filter({ hasText: 'Ready to read offline.' })).toBeVisible();
}
