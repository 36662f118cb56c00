import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      'data/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Components read state through the store's selectors, never the socket itself.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'socket.io-client', message: 'Only client/src/net/socket.ts talks to the socket.' }],
          patterns: [{ group: ['vitest', '**/test/**'], message: 'Test kits live in client/test, not in src.' }],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'socket.io-client', message: 'Only client/src/net/socket.ts talks to the socket.' }] },
      ],
    },
  },
  {
    files: ['client/src/net/socket.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // What ships runs without dev dependencies: test kits (fixtures, storage contract, text extraction) live in
    // */test/kit, and nothing outside a test file in src imports them or a dev-only package.
    files: ['server/src/**/*.ts', 'shared/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'vitest',
                'mammoth',
                'marked',
                'socket.io-client',
                'tsx',
                'esbuild',
                '@playwright/*',
                '**/test/**',
              ],
              message: 'A dev dependency or test kit: keep it in test files (server/test/kit).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'server/src/main.ts', 'e2e/**', '**/*.bench.ts', 'server/bench/**', 'server/test/**'],
    rules: { 'no-console': 'off' },
  },
);
