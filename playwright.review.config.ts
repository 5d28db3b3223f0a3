// `npm run screens`: the screens a reviewer looks at, from the production build (tests/review/). Not part of
// `npm test`: it writes pictures and measurements into docs/screens/ for people to open, and checks only that
// each state it pictures was reached.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
	...base,
	testDir: 'tests/review',
	projects: undefined,
	fullyParallel: false,
	workers: 1,
	reporter: [['list']]
});
