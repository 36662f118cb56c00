import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${repo}${path}`, 'utf8');

/**
 * Every command docs/OPERATIONS.md gives an operator, and what runs it: a test file or CI, with the words in
 * that file that show it runs that very command. A command added to the document without a test fails here.
 */
const exercised: { command: RegExp; by: string; evidence: string[] }[] = [
  // `npm start` is install && build && serve (package.json): CI's `npm test` installs and builds the same way
  // (.ci/run), and the e2e suite starts the server with `npm run serve`.
  {
    command: /^npm start\b/,
    by: 'package.json',
    evidence: ['install --frozen-lockfile && node scripts/pnpm.mjs run build && node scripts/pnpm.mjs run serve'],
  },
  { command: /^npm run serve\b/, by: 'e2e/playwright.config.ts', evidence: ["command: 'npm run serve'"] },
  {
    command: /^promtool check config prometheus\.yml && promtool test rules aquarium\.rules\.test\.yml$/,
    by: 'server/test/prometheus.test.ts',
    evidence: ["['check', 'config', 'prometheus.yml']", "['test', 'rules', 'aquarium.rules.test.yml']"],
  },
  {
    command: /^node scripts\/pnpm\.mjs install --frozen-lockfile && node scripts\/pnpm\.mjs run build$/,
    by: '.ci/run',
    evidence: ['npm test'],
  },
  {
    command:
      /^cd \/opt\/aquarium\/server && DATA_DIR=\/var\/lib\/aquarium \.\.\/\.tools\/bin\/node dist\/backup\.js (backup|restore) /,
    by: 'server/test/backup.test.ts',
    evidence: [
      "['dist/backup.js', ...args]",
      'cwd: serverDir',
      'DATA_DIR: dataDir',
      "'backup', backupFile",
      "'restore', backupFile",
    ],
  },
  {
    command: /^pg_dump --format=custom --file=\S+ "\$DATABASE_URL"$/,
    by: 'server/test/backupPostgres.test.ts',
    evidence: ["run('pg_dump', ['--format=custom'"],
  },
  {
    command: /^pg_restore --clean --if-exists --no-owner --dbname="\$DATABASE_URL" \S+$/,
    by: 'server/test/backupPostgres.test.ts',
    evidence: ["run('pg_restore', ['--clean', '--if-exists', '--no-owner'"],
  },
];

describe('docs/OPERATIONS.md', () => {
  const doc = read('docs/OPERATIONS.md');
  const blocks = [...doc.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
  const commands = blocks.flatMap(([, , body]) =>
    body!
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );

  it('gives commands only in shell blocks (configuration lives in deploy/, tested there)', () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.map(([, lang]) => lang)).toEqual(blocks.map(() => 'sh'));
  });

  it.each(commands)('runs `%s` in a test or in CI', (command) => {
    const entry = exercised.find((e) => e.command.test(command));
    expect(
      entry,
      `no test or CI step runs this command: add one, and list it in server/test/operationsDoc.test.ts`,
    ).toBeDefined();
    const source = read(entry!.by);
    for (const words of entry!.evidence) expect(source, `${entry!.by} no longer runs it`).toContain(words);
  });
});
