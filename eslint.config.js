import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layers point one way (docs/ARCHITECTURE.md). A zone's `target` may not import from its `from`. Checked by
 * import-x/no-restricted-paths on the resolved file (not the import's spelling), and no-cycle finds any loop.
 */
const server = (...paths) => paths.map((p) => `./server/src/${p}`);
const client = (...paths) => paths.map((p) => `./client/src/${p}`);
const domains = [
  'sessions',
  'participants',
  'phases',
  'projector',
  'notes',
  'thoughts',
  'themes',
  'votes',
  'turns',
  'summary',
  'groups',
  'projects',
];
/** The app: wiring, transport and operations, above every domain. */
const serverApp = server('app.ts', 'main.ts', 'handlers.ts', 'backup.ts', 'realtime', 'ops', 'qr');
/** What everything stands on: storage, security, logging, the clock and the configuration. */
const serverBase = server('storage', 'security', 'log.ts', 'logging.ts', 'clock.ts', 'config.ts');
const layers = [
  {
    target: server('engine'),
    from: [...server(...domains, 'http'), ...serverApp],
    message: 'The engine depends on no domain.',
  },
  {
    target: server('http'),
    from: [...server(...domains), ...serverApp],
    message: 'HTTP helpers sit below the domains.',
  },
  {
    target: server(...domains),
    from: serverApp,
    message: 'A domain does not import the app, its transport or the handler registration.',
  },
  {
    target: server('summary'),
    from: server('projects'),
    message: 'Projects build on summaries, not the other way round (the app passes a project link in).',
  },
  {
    target: serverBase,
    from: [...server('engine', 'http', ...domains), ...serverApp],
    message: 'The base layer imports nothing above it.',
  },
  {
    target: client('i18n'),
    from: client('state', 'net', 'routing', 'components', 'views', 'app', 'main.tsx'),
    message: 'i18n is the client’s lowest layer.',
  },
  {
    target: client('state'),
    from: client('net', 'routing', 'components', 'views', 'app', 'main.tsx'),
    message: 'The store does not know the network or any view.',
  },
  {
    target: client('net'),
    from: client('routing', 'components', 'views', 'app', 'main.tsx'),
    message: 'net feeds the store; it knows no view.',
  },
  {
    target: client('routing'),
    from: client('components', 'views', 'app', 'main.tsx'),
    message: 'Routing knows no view.',
  },
  {
    target: client('components'),
    from: client('views', 'app', 'main.tsx'),
    message: 'Components depend on nothing in views.',
  },
  { target: client('views'), from: client('app', 'main.tsx'), message: 'Views do not import the app shell.' },
];

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
    files: ['server/src/**/*.ts', 'client/src/**/*.{ts,tsx}', 'shared/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['shared/tsconfig.json', 'server/tsconfig.json', 'client/tsconfig.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layers }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
          patterns: [
            {
              group: ['vitest', '**/test/**', '@aquarium/testkit'],
              message: 'Test kits live in client/test, not in src.',
            },
          ],
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
    // */test/kit and the test client in testkit/ (@aquarium/testkit), and nothing outside a test file in src
    // imports them or a dev-only package.
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
                '@aquarium/testkit',
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
