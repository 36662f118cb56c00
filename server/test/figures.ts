import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../.tmp/reliability/', import.meta.url));

/** Prints a test's figures and keeps them for docs/RELIABILITY.md (scripts/reliability-report.mjs). */
export const recordFigures = (name: string, figures: Record<string, unknown>) => {
  console.log(`${name}:`, figures);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.json`, JSON.stringify(figures, null, 2));
};
