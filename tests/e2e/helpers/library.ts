// Reading the library straight from IndexedDB, so a test can tell that nothing was saved.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface FileToImport {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

export const textFile = (name: string, text: string, mimeType = 'text/plain'): FileToImport => ({
	name,
	mimeType,
	buffer: Buffer.from(text, 'utf8')
});

/** Every saved article's title, read from the database the app opened (none when it has not opened it yet). */
export function savedTitles(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names = await indexedDB.databases();
		if (!names.some((db) => db.name === 'lectern')) return [];
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('lectern');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			const all = await new Promise<{ title: string }[]>((resolve, reject) => {
				const request = db.transaction('articles').objectStore('articles').getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			return all.map((record) => record.title).sort();
		} finally {
			db.close();
		}
	});
}

/** Opens /add and waits until its import code has loaded, so a submit is handled by the app. */
export async function openAddPage(page: Page, origin = ''): Promise<void> {
	await page.goto(`${origin}/add`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an article');
	await page.waitForFunction(() => document.readyState === 'complete');
}

export async function pasteArticle(page: Page, text: string, title = ''): Promise<void> {
	await page.getByLabel('Article text').fill(text);
	if (title) await page.getByLabel('Title (optional)').fill(title);
	await page.getByRole('button', { name: 'Add text to library' }).click();
}

export async function openFiles(page: Page, files: FileToImport[]): Promise<void> {
	await page.getByLabel('Files').setInputFiles(files);
	await page.getByRole('button', { name: 'Add files to library' }).click();
}
