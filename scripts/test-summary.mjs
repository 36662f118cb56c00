#!/usr/bin/env node
// Prints one closing line over every test runner's JSON report: "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const reports = { vitest: '.tmp/vitest.json', playwright: '.tmp/playwright.json' };
let passed = 0;
let failed = 0;
let skipped = 0;
/** [seconds, what] of every vitest file and every Playwright scenario: the slowest are the run's critical path. */
const slow = { vitest: [], playwright: [] };
const scenarios = (suite) => [
  ...(suite.specs ?? []).flatMap((spec) =>
    spec.tests.flatMap((t) => t.results.map((r) => [r.duration / 1000, `${spec.file} › ${spec.title}`])),
  ),
  ...(suite.suites ?? []).flatMap(scenarios),
];
for (const [runner, file] of Object.entries(reports)) {
  if (!existsSync(file)) {
    console.error(`no ${runner} report at ${file}`);
    process.exit(1);
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (runner === 'vitest') {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    const here = process.cwd() + '/';
    for (const f of r.testResults) slow.vitest.push([(f.endTime - f.startTime) / 1000, f.name.replace(here, '')]);
  } else {
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    slow.playwright.push(...r.suites.flatMap(scenarios));
  }
}
for (const [runner, rows] of Object.entries(slow)) {
  const top = rows.sort((a, b) => b[0] - a[0]).slice(0, 5);
  console.log(`slowest ${runner === 'vitest' ? 'vitest files' : 'Playwright scenarios'}:`);
  for (const [s, what] of top) console.log(`${s.toFixed(1).padStart(7)} s  ${what.slice(0, 100)}`);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// vitest's v8 coverage of shared, server and client source (the floor is in vitest.config.ts; docs/TESTING.md).
const coverage = '.tmp/coverage/coverage-summary.json';
if (existsSync(coverage)) {
  const { total } = JSON.parse(readFileSync(coverage, 'utf8'));
  const parts = ['statements', 'branches', 'functions', 'lines'].map((k) => `${k} ${total[k].pct}%`);
  console.log(`coverage (vitest): ${parts.join(', ')}`);
}
process.exit(failed > 0 || passed === 0 ? 1 : 0);
