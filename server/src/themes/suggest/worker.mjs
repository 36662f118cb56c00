// The suggestion pool's worker entry when the server runs from source (development, vitest): worker threads
// start without the parent's TypeScript loader, so this file registers tsx in the thread first. The built
// server runs dist/themes/suggest/worker.js instead, with no tsx.
import { register } from 'tsx/esm/api';

register();
const { suggestInWorker } = await import('./worker.ts');

export { suggestInWorker };
