// The render pool's worker entry when the server runs from source (development, vitest): worker threads start
// without the parent's TypeScript loader, so this plain-JavaScript file registers tsx in the thread and then
// loads the renderer. The built server runs dist/summary/render/worker.js instead, with no tsx.
import { register } from 'tsx/esm/api';

register();
const { renderInWorker } = await import('./worker.ts');

export { renderInWorker };
