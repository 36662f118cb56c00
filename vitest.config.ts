import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'server/test/**/*.test.ts',
      'client/src/**/*.test.{ts,tsx}',
    ],
    globalSetup: ['server/test/buildOnce.ts'],
    // Budgets that only catch a hang: tests wait on conditions, and on a machine whose cores are busy with
    // other work a real server, its child processes and 50 sockets take several times longer than on a quiet one.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['shared/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.tmp/coverage',
    },
  },
});
