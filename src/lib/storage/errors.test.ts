import { describe, expect, it } from 'vitest';
import { NEWER_VERSION_MESSAGE, STORAGE_MESSAGES, toStorageError } from './errors';

describe('toStorageError', () => {
	it('explains a full disk with what the reader can do about it', () => {
		const cause = new DOMException('Quota exceeded', 'QuotaExceededError');

		expect(toStorageError(cause)).toEqual({
			kind: 'quota',
			message:
				'Lectern could not save: this device is out of storage space. Delete some saved articles or free up space, then try again.',
			cause
		});
	});

	it.each([
		[
			'an abort whose message mentions the quota',
			new DOMException('Transaction quota exceeded', 'AbortError')
		],
		[
			'an abort caused by a quota error',
			Object.assign(new DOMException('Aborted', 'AbortError'), {
				cause: new DOMException('', 'QuotaExceededError')
			})
		],
		[
			'an unknown error from a full disk',
			new DOMException('IO error: No space left on device', 'UnknownError')
		],
		[
			"Firefox's own quota error name",
			Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })
		]
	])('recognises %s as running out of space', (_, cause) => {
		expect(toStorageError(cause).kind).toBe('quota');
	});

	it('treats a plain abort as a failure, not a full disk', () => {
		expect(toStorageError(new DOMException('Aborted', 'AbortError'))).toMatchObject({
			kind: 'failed',
			message: STORAGE_MESSAGES.failed
		});
	});

	it('asks for a reload when the data is from a newer Lectern', () => {
		expect(toStorageError(new DOMException('too old', 'VersionError')).message).toBe(NEWER_VERSION_MESSAGE);
	});

	it('reports storage switched off by the browser as unavailable', () => {
		expect(toStorageError(new DOMException('insecure', 'SecurityError')).kind).toBe('unavailable');
	});

	it('keeps anything else, even a non-error value, as the cause of a failure', () => {
		expect(toStorageError('weird')).toEqual({
			kind: 'failed',
			message: STORAGE_MESSAGES.failed,
			cause: 'weird'
		});
	});

	it('gives every kind a sentence the page can show', () => {
		for (const message of Object.values(STORAGE_MESSAGES)) expect(message).toMatch(/^[A-Z].+\.$/u);
	});
});
