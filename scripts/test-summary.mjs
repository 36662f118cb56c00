#!/usr/bin/env node
// Prints one closing line over every test runner's JSON report: "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const reports = { vitest: '.tmp/vitest.json', playwright: '.tmp/playwright.json' };
let passed = 0;
let failed = 0;
let skipped = 0;
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
  } else {
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
  }
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
