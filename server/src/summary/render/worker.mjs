// The render pool's worker entry. Worker threads start without the parent's TypeScript loader, so this
// plain-JavaScript file registers tsx in the thread and then loads the renderer, in development, in
// production (`node --import tsx`) and under vitest alike.
import { register } from 'tsx/esm/api';

register();
const { renderInWorker } = await import('./worker.ts');

export default renderInWorker;
