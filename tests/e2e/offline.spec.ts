import { expectNoAxeViolations } from './helpers/axe';
import { appStatus, EMBEDDED_PARAGRAPHS, expect, test } from './helpers/fixtures';
import { startServer, waitUntilOfflineReady } from './helpers/server';

const TITLE = EMBEDDED_PARAGRAPHS[0] ?? '';
const LAST_PARAGRAPH = EMBEDDED_PARAGRAPHS.at(-1) ?? '';

test('after one visit, every page opens with the network gone and the server stopped', async ({
	page,
	context
}) => {
	const server = await startServer();
	await page.goto(`${server.origin}/read/rafah-crossing`);
	await waitUntilOfflineReady(page);

	await server.stop();
	await context.setOffline(true);

	const journeys = [
		'/',
		'/read/rafah-crossing',
		'/read/rafah-crossing/',
		'/settings',
		'/settings/',
		'/add',
		'/?from=home-screen'
	];
	for (const path of journeys) {
		await page.goto(`${server.origin}${path}`);
		if (path === '/add') {
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Add an article');
		} else if (path.startsWith('/settings')) {
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Settings');
		} else if (!path.startsWith('/read')) {
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Library');
			await expect(page.getByRole('link', { name: TITLE }), path).toBeVisible();
		} else {
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(TITLE);
			await expect(page.locator('article'), path).toContainText(LAST_PARAGRAPH);
			await expect(page.locator('article p'), path).toHaveCount(22);
		}
	}
	await page.reload();
	await expect(appStatus(page)).toHaveText('You are offline. Lectern and your saved articles still work.');
	await expectNoAxeViolations(page, 'offline');

	// A page that only exists in the browser gets the app shell offline, and says plainly what is missing.
	await page.goto(`${server.origin}/read/an-article-never-saved`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This article is not here');
});

test('links inside the app work offline too', async ({ page, context }) => {
	const server = await startServer();
	await page.goto(`${server.origin}/`);
	await waitUntilOfflineReady(page);
	await server.stop();
	await context.setOffline(true);

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await page.getByRole('link', { name: 'Lectern library' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	await page.getByRole('link', { name: TITLE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await page.getByRole('link', { name: 'Add article' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an article');
});
