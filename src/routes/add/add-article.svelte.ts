// What the add page does: import pasted text, chosen files or a share, save them, and open the result; or say
// in the page why nothing was saved. The forms only render this state.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { ImportError, ImportedArticle } from '$lib/import';
import { appMessages } from '$lib/status/messages.svelte';
import { STORAGE_MESSAGES, type StorageErrorKind } from '$lib/storage';
import { receiveShare } from './receive-share';

export type FieldError = { field: string; message: string };
export type FileToRead = Pick<File, 'name' | 'type' | 'arrayBuffer'>;

// The pipeline (Readability, DOMPurify) is only needed on submit; fetching it after load keeps it offline.
export const pipeline = () => import('$lib/import');

/** The worker sends a code, never text: a link must not be able to put words in Lectern's mouth. */
export function shareFailure(code: string): string {
	const known = Object.hasOwn(STORAGE_MESSAGES, code) ? STORAGE_MESSAGES[code as StorageErrorKind] : null;
	return known ?? 'Lectern could not read what was shared. Try sharing again, or paste the text here.';
}

/** A failure the pipeline did not foresee (e.g. its code could not load offline): nothing was saved. */
function unexpected(error: unknown): string {
	const reason = error instanceof Error ? error.message : String(error);
	return `Lectern could not add this (${reason}). Nothing was saved; try again, or reload the page.`;
}

const fieldErrors = (found: ImportError[], field: string): FieldError[] =>
	found.map((error) => ({ field, message: error.message }));

async function finish(ids: string[], articles: ImportedArticle[]): Promise<void> {
	const notice = articles.find((article) => article.notice)?.notice;
	const [first] = ids;
	if (ids.length === 1 && first !== undefined) {
		appMessages.say(notice ?? `“${articles[0]?.title}” is in your library.`);
		await goto(resolve('/read/[id]', { id: first }), { replaceState: true });
	} else {
		appMessages.say(`${ids.length} articles are in your library.`);
		await goto(resolve('/'), { replaceState: true });
	}
}

export class AddArticle {
	text = $state('');
	title = $state('');
	textLang = $state('');
	fileLang = $state('');
	errors = $state<FieldError[]>([]);
	busy = $state(false);
	status = $state('');

	/** The messages about one field, with the ids its control is described by. */
	errorsFor(field: string, id: (index: number) => string): { id: string; message: string }[] {
		return this.errors
			.filter((error) => error.field === field)
			.map((error, index) => ({ id: id(index), message: error.message }));
	}

	/**
	 * Runs one import with the forms disabled, and always enables them again; whatever it throws is said at
	 * `field` (undefined is returned), and nothing is saved.
	 */
	async #busyWith<T>(field: string, work: () => Promise<T>): Promise<T | undefined> {
		this.busy = true;
		try {
			return await work();
		} catch (error) {
			this.errors = [{ field, message: unexpected(error) }];
			return undefined;
		} finally {
			this.busy = false;
		}
	}

	async #save(articles: ImportedArticle[], field: string): Promise<void> {
		const { saveImported } = await import('$lib/library/save-import');
		const saved = await saveImported(articles);
		if (saved.ok) return finish(saved.ids, articles);
		this.errors = [{ field, message: saved.message }];
	}

	addText = (): Promise<void> =>
		this.#busyWith('import-text', async () => {
			const { importText } = await pipeline();
			const lang = this.textLang || undefined;
			const result = importText(this.text, { title: this.title.trim() || undefined, lang });
			if (result.ok) await this.#save([result.article], 'import-text');
			else this.errors = fieldErrors([result.error], 'import-text');
		});

	addFiles = async (files: FileToRead[]): Promise<void> => {
		if (files.length === 0) {
			this.errors = [
				{ field: 'import-file', message: 'Choose a file to open: a .txt, .md, .html or .epub file.' }
			];
			return;
		}
		await this.#busyWith('import-file', async () => {
			const { importFile } = await pipeline();
			const lang = this.fileLang || undefined;
			const results = await Promise.all(
				files.map(async (file) =>
					importFile(
						{ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
						{ lang }
					)
				)
			);
			const failed = results.flatMap((result) => (result.ok ? [] : [result.error]));
			// All or nothing: one unreadable file means the reader fixes the choice, not the library
			if (failed.length > 0) this.errors = fieldErrors(failed, 'import-file');
			else
				await this.#save(
					results.flatMap((result) => (result.ok ? [result.article] : [])),
					'import-file'
				);
		});
	};

	openShare = async (id: string): Promise<void> => {
		this.status = 'Adding what you shared…';
		const outcome = await this.#busyWith('import-text', async () => receiveShare(id, await pipeline()));
		if (!outcome) {
			this.status = '';
			return;
		}
		if (outcome.kind === 'saved') return finish(outcome.ids, outcome.articles);
		this.status = outcome.kind === 'confirm' ? outcome.message : '';
		// What was shared stays on the page, so nothing the reader sent is lost
		this.text = outcome.text ?? this.text;
		this.title = outcome.title ?? this.title;
		this.errors = outcome.kind === 'failed' ? outcome.errors : [];
	};
}
