import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The multi-node files: each runs a cluster of server processes with 50 phones and asserts promised figures (a dead
 * node's phones leave the console within 12 s). They run one at a time, after the other files: two of them side by
 * side (beside the e2e scenarios in `npm run check`) took the kill test from 38 s to 198 s on a busy machine, past
 * the hang budget below.
 */
const multiNode = ['server/test/scaleout*.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['server/test/buildOnce.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: [
            'shared/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'server/test/**/*.test.ts',
            'client/src/**/*.test.{ts,tsx}',
          ],
          exclude: [...configDefaults.exclude, ...multiNode],
          // Two files at a time, also on two cores (vitest's default there is one): these files wait on sockets
          // and child processes far more than they compute. VITEST_MAX_WORKERS to change it.
          maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 2),
        },
      },
      { extends: true, test: { name: 'multi-node', include: multiNode, maxWorkers: 1 } },
    ],
    // Budgets that only catch a hang: tests wait on conditions, and on a machine whose cores are busy with
    // other work a real server, its child processes and 50 sockets take several times longer than on a quiet one.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      // The code vitest exercises. The React views (.tsx) are the Playwright scenarios' to test, in Chromium,
      // where v8 coverage here cannot see them.
      include: ['shared/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts'],
      exclude: ['**/*.test.ts'],
      // The floor, a point or so under the figure measured when it was set (docs/TESTING.md): it may rise, never fall.
      thresholds: { statements: 73, branches: 70, functions: 70, lines: 75 },
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.tmp/coverage',
    },
  },
});
