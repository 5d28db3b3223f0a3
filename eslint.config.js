import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const testOnly = [
	{
		group: ['$lib/testing', '$lib/testing/*', '**/testing/*'],
		message: 'Test doubles live in src/lib/testing and are for tests only.'
	},
	{
		group: ['fake-indexeddb', 'fake-indexeddb/*', 'fast-check', 'fast-check/*'],
		message: 'Test-only package: import it from a test or from src/lib/testing.'
	}
];
const storageInternals = {
	// The peek (src/lib/storage/peek.ts) is the other way in: reads made before storage's code loads.
	group: ['$lib/storage/*', '!$lib/storage/peek'],
	message: 'Call storage through its facade, $lib/storage (src/lib/storage/index.ts).'
};
const noUi = {
	group: ['$lib/status/*', '$lib/components/*', '*.svelte', '$app/*'],
	message: 'Storage returns typed results; telling the reader is the caller’s job, so it imports no UI.'
};

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'no-empty': ['error', { allowEmptyCatch: false }]
		}
	},
	{
		// Test doubles and test-only packages stay out of the product: only tests and src/lib/testing import them.
		// The app reaches storage through its facade ($lib/storage); the service worker, a separate runtime
		// with no page to wait for, opens the database itself.
		files: ['src/**/*.{ts,js,svelte}'],
		ignores: ['src/**/*.test.ts', 'src/lib/testing/**', 'src/lib/storage/**', 'src/service-worker.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [...testOnly, storageInternals] }] }
	},
	{
		files: ['src/lib/storage/**/*.ts', 'src/service-worker.ts'],
		ignores: ['src/**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [...testOnly, noUi] }] }
	},
	{
		// SvelteKit keeps the worker out of the app's tsconfig (it runs with the webworker lib).
		files: ['src/service-worker.ts'],
		languageOptions: {
			globals: { ...globals.serviceworker },
			parserOptions: { projectService: false, project: './tsconfig.worker.json' }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
