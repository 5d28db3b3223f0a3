import { describe, expect, it, vi } from 'vitest';

const goto = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('$app/navigation', () => ({ goto }));
vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));
// The import pipeline's code failing to load (offline, a new version deployed): the page must recover.
vi.mock('$lib/import', () => ({
	importText: () => {
		throw new Error('Failed to fetch dynamically imported module');
	},
	importFile: () => {
		throw new Error('Failed to fetch dynamically imported module');
	}
}));

const { AddArticle } = await import('./add-article.svelte');

describe('AddArticle', () => {
	it('asks for a file when none was chosen, and saves nothing', async () => {
		const add = new AddArticle();
		await add.addFiles([]);
		expect(add.errors).toEqual([
			{ field: 'import-file', message: 'Choose a file to open: a .txt, .md, .html or .epub file.' }
		]);
		expect(add.busy).toBe(false);
		expect(goto).not.toHaveBeenCalled();
	});

	it('says why pasted text was not added and enables the form again when the import throws', async () => {
		const add = new AddArticle();
		add.text = 'A title\n\nA paragraph.';
		const adding = add.addText();
		expect(add.busy, 'the form is disabled while the import runs').toBe(true);
		await adding;
		expect(add.busy).toBe(false);
		expect(add.errors).toHaveLength(1);
		expect(add.errors[0]?.field).toBe('import-text');
		expect(add.errors[0]?.message).toMatch(
			/^Lectern could not add this \(Failed to fetch .*\)\. Nothing was saved/
		);
		expect(add.text, 'the pasted text is kept').toBe('A title\n\nA paragraph.');
	});

	it('says why files were not added when one cannot be read, and enables the form again', async () => {
		const add = new AddArticle();
		const unreadable = {
			name: 'notes.txt',
			type: 'text/plain',
			arrayBuffer: () => Promise.reject(new Error('The file could not be read'))
		};
		await add.addFiles([unreadable]);
		expect(add.busy).toBe(false);
		expect(add.errorsFor('import-file', (index) => `import-file-error-${index}`)).toEqual([
			{
				id: 'import-file-error-0',
				message:
					'Lectern could not add this (The file could not be read). Nothing was saved; try again, or reload the page.'
			}
		]);
	});
});
