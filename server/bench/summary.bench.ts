import { DOCUMENT_FORMATS } from '@aquarium/shared';
/**
 * Rendering benchmark for the summary downloads: a synthetic session of 2,000 thoughts and 300 notes, with
 * rich text (bold, italics, nested lists) in the background, every theme's and question's text and the closing
 * view, the footer and the funding mark; each format rendered once to warm up, then 5 times. Run from the repository root:
 *   node --import ./server/node_modules/tsx/dist/esm/index.mjs server/bench/summary.bench.ts
 * or from server/: node --import tsx bench/summary.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { ACTIVITIES, CLOSING, osmoSummary } from '../test/kit/osmoDocument.js';
import { renderSummary } from '../src/summary/render/index.js';

const THOUGHTS = 2000;
const NOTES = 300;
const RUNS = 5;

const doc = osmoSummary({ thoughts: THOUGHTS, notes: NOTES });
for (const question of doc.questions) {
  question.consolidated = CLOSING;
  for (const theme of question.themes) theme.consolidated = `${ACTIVITIES}\n\n${CLOSING}`;
}
const rows: { format: string; medianMs: string; maxMs: string; sizeKb: string }[] = [];

for (const format of DOCUMENT_FORMATS) {
  await renderSummary(doc, format); // warm-up
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const { body } = await renderSummary(doc, format);
    times.push(performance.now() - start);
    size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  }
  times.sort((a, b) => a - b);
  rows.push({
    format,
    medianMs: times[Math.floor(times.length / 2)]!.toFixed(1),
    maxMs: times[times.length - 1]!.toFixed(1),
    sizeKb: (size / 1024).toFixed(1),
  });
}

console.log(`Summary rendering: ${THOUGHTS} thoughts, ${NOTES} notes, rich text, ${RUNS} runs after one warm-up`);
console.table(rows);
