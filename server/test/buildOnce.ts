// vitest global setup: builds the server once, so tests that run it as a process run what production runs
// (dist/main.js, dist/backup.js), never a TypeScript loader. `npm run check` (scripts/check.mjs) has just built
// it and runs the e2e server from the same dist/ beside vitest: it says so with AQUARIUM_SERVER_BUILT=1, and the
// files are left as they are.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  if (process.env.AQUARIUM_SERVER_BUILT === '1') return;
  execFileSync(process.execPath, ['build.mjs'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
  // Each vitest project (vitest.config.ts) runs the global setup: once is enough.
  process.env.AQUARIUM_SERVER_BUILT = '1';
}
