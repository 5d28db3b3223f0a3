// WebKitGTK, Safari's engine, over WebDriver; it reads aloud with Flite.
import { smokeSuite } from './journeys.js';
import { launchWebKit } from './webkit.js';

await smokeSuite('WebKitGTK', launchWebKit);
