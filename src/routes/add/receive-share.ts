// A share from another app, as the service worker kept it: imported here because only a page has the DOM
// parser HTML needs. It is deleted once saved; on failure it stays, so a reload tries again.
import type * as ImportPipeline from '$lib/import';
import type { ImportedArticle } from '$lib/import';
import { tooLargeError } from '$lib/import/errors';
import { maxFileBytes } from '$lib/import/file-type';
import { saveImported } from '$lib/library/save-import';
import { deleteShare, isOpenFailure, readShare } from '$lib/storage';

type FieldError = { field: string; message: string };

export type ShareOutcome =
	| { kind: 'saved'; ids: string[]; articles: ImportedArticle[] }
	| { kind: 'failed'; errors: FieldError[]; text?: string; title?: string }
	/** Sent by a web page, not the share sheet: put in the form for the reader to check and add themselves. */
	| { kind: 'confirm'; message: string; text: string; title?: string };

const failed = (message: string, field = 'import-text'): ShareOutcome => ({
	kind: 'failed',
	errors: [{ field, message }]
});

export async function receiveShare(id: string, pipeline: typeof ImportPipeline): Promise<ShareOutcome> {
	const found = await readShare(id);
	if (!found.ok && isOpenFailure(found.error))
		return failed('Lectern cannot save in this browser window, so the share could not be added.');
	if (!found.ok) return failed(found.error.message);
	const share = found.value;
	if (!share)
		return failed('This share is already in your library, or it did not reach Lectern. Try sharing again.');

	const keep = { text: [share.text, share.url].filter(Boolean).join('\n\n'), title: share.title };
	if (share.fromWebPage) {
		// Kept in the form either way; a share left behind is only offered again on a reload
		const deleted = await deleteShare(id);
		if (!deleted.ok) console.warn('Could not delete a share from a web page', deleted.error);
		return {
			kind: 'confirm',
			message: 'A web page sent this to Lectern. Check the text below, then add it if you want it.',
			...keep
		};
	}

	const results = share.files.map((file) =>
		file.size !== undefined && file.size > file.bytes.byteLength
			? {
					ok: false as const,
					error: tooLargeError('file', file.size, file.name, maxFileBytes(file.name, file.type))
				}
			: pipeline.importFile({ name: file.name, type: file.type, bytes: new Uint8Array(file.bytes) })
	);
	const hasWords = [share.text, share.url].some((value) => value !== undefined && value.trim() !== '');
	if (hasWords || share.files.length === 0) results.unshift(pipeline.importShare(share));

	const errors = results.flatMap((result) =>
		result.ok
			? []
			: [
					{
						field: result.error.field === 'file' ? 'import-file' : 'import-text',
						message: result.error.message
					}
				]
	);
	if (errors.length > 0) return { kind: 'failed', errors, ...keep };

	const articles = results.flatMap((result) => (result.ok ? [result.article] : []));
	// Saved and removed from the inbox together: a reload now finds nothing to add twice
	const saved = await saveImported(articles, { fromShare: id });
	if (!saved.ok) return { ...failed(saved.message), ...keep };
	return { kind: 'saved', ids: saved.ids, articles };
}
