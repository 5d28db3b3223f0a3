// Firefox ESR over WebDriver BiDi; it reads aloud through speech-dispatcher and espeak-ng.
import { launchFirefox } from './firefox.js';
import { smokeSuite } from './journeys.js';

await smokeSuite('Firefox', launchFirefox);
