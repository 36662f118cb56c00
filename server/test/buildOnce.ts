// vitest global setup: builds the server once, so tests that run it as a process run what production runs
// (dist/main.js, dist/backup.js), never a TypeScript loader.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  execFileSync(process.execPath, ['build.mjs'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
}
