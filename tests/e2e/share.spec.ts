import type { Page } from '@playwright/test';
import { expect, test } from './helpers/fixtures';
import { savedTitles, textFile, type FileToImport } from './helpers/library';
import { startServer, waitUntilOfflineReady } from './helpers/server';

/**
 * What Android does when the reader picks Lectern in the share sheet: a multipart POST to the manifest's
 * share_target action, from a page the service worker controls.
 */
async function share(page: Page, fields: Record<string, string>, files: FileToImport[] = []): Promise<void> {
	await page.evaluate((values) => {
		const form = document.createElement('form');
		form.method = 'post';
		form.action = '/share';
		form.enctype = 'multipart/form-data';
		for (const [name, value] of Object.entries(values)) {
			const input = document.createElement('input');
			input.type = 'hidden';
			input.name = name;
			input.value = value;
			form.append(input);
		}
		const input = document.createElement('input');
		input.type = 'file';
		input.name = 'files';
		input.multiple = true;
		input.id = 'shared-files';
		form.append(input);
		document.body.append(form);
	}, fields);
	if (files.length > 0) await page.locator('#shared-files').setInputFiles(files);
	await page.evaluate(() => document.querySelector<HTMLFormElement>('form[action="/share"]')?.submit());
}

test('the manifest offers Lectern as a share target for text, links and files', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();

	expect(manifest.share_target).toMatchObject({
		action: '/share',
		method: 'POST',
		enctype: 'multipart/form-data',
		params: { title: 'title', text: 'text', url: 'url', files: [{ name: 'files' }] }
	});
	expect(manifest.share_target.params.files[0].accept).toEqual(
		expect.arrayContaining(['text/plain', 'text/markdown', 'text/html', '.txt', '.md', '.html'])
	);
});

test('shared text, a shared file and an empty share, with the network gone', async ({ page, context }) => {
	const server = await startServer();
	await page.goto(`${server.origin}/`);
	await waitUntilOfflineReady(page);
	await server.stop();
	await context.setOffline(true);

	await share(page, {
		title: 'Harbour walls',
		text: 'The harbour walls were rebuilt after the winter storm.\n\nThe work took two years.',
		url: 'https://news.example/harbour-walls'
	});
	await expect(page).toHaveURL(/\/read\/harbour-walls$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour walls');
	const article = page.locator('article#content');
	await expect(article).toContainText('The work took two years.');
	await expect(article).toContainText('https://news.example/harbour-walls');

	await share(page, {}, [
		textFile(
			'ferry.html',
			'<html lang="cy"><head><title>Y fferi</title></head><body><article><h1>Y fferi</h1><p>Mae’r fferi yn gadael am saith bob bore, hyd yn oed yn y gaeaf.</p></article></body></html>',
			'text/html'
		)
	]);
	await expect(page).toHaveURL(/\/read\/y-fferi$/);
	await expect(article).toHaveAttribute('lang', 'cy');
	await expect(article).toContainText('Mae’r fferi yn gadael am saith bob bore');

	const before = await savedTitles(page);
	await share(page, { title: '   ' });
	await expect(page).toHaveURL(/\/add\?share=/);
	await expect(page.locator('.error-summary')).toBeFocused();
	await expect(page.locator('.error-summary')).toContainText('Nothing was shared with Lectern');
	expect(await savedTitles(page)).toEqual(before);
	expect(before).toEqual(expect.arrayContaining(['Harbour walls', 'Y fferi']));
});
