// @vitest-environment jsdom
import { it, expect } from 'vitest';
import { articlePage } from './test-factory';

const page = articlePage();
it('scratch', async () => {
	const gc = (globalThis as unknown as { gc?: () => void }).gc;
	console.log('GC', typeof gc);
	for (let round = 0; round < 4; round++) {
		for (let i = 0; i < 300; i++) new DOMParser().parseFromString(page, 'text/html');
		await new Promise((r) => setTimeout(r, 50));
		gc?.();
		console.log('HEAP', round, (process.memoryUsage().heapUsed / 1e6).toFixed(0));
	}
	expect(1).toBe(1);
}, 900_000);
