// `npm start`: builds when the build is missing or older than the sources, then serves it on port 4173.
import { buildIfStale } from './build-if-stale.js';

buildIfStale();
const port = Number(process.env.PORT ?? 4173);
await import('./serve.js').then(({ serve }) => serve({ port }));
console.log(`Lectern is ready on http://localhost:${port}`);
