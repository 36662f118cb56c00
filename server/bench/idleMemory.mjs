// Idle memory per part: the server's dependencies imported one after another, then the built server itself
// (dist/main.js, listening on PORT with DATA_DIR), each step's RSS growth after a full GC. Not imported, as the
// server does not load them at start: qrcode (the first QR code), the word normalisers (the first project
// report), DOCX and PDF (in a worker), pg and redis (only when configured). Run on plain Node:
//   node scripts/pnpm.mjs run bench:idle
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.PORT ??= '0';
process.env.HOST ??= '127.0.0.1';
process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), 'aquarium-idle-'));
process.env.LOG_LEVEL ??= 'warn';
const mb = () => process.memoryUsage().rss / 1048576;
const rows = [];
let last = mb();
rows.push(['node itself', last]);
const step = async (name, f) => {
  await f();
  globalThis.gc();
  await new Promise((r) => setTimeout(r, 200));
  globalThis.gc();
  const now = mb();
  rows.push([name, now - last]);
  last = now;
};
await step('ES module loader (first import: nanoid, 1 kB)', () => import('nanoid'));
for (const m of [
  'zod',
  'fastify',
  'helmet',
  '@fastify/rate-limit',
  '@fastify/static',
  'socket.io',
  'pino',
  'prom-client',
  'rate-limiter-flexible',
  'piscina',
  'better-sqlite3',
]) {
  await step(m, () => import(m));
}
await step(
  'the server itself (its code, SQLite opened, listening, metrics registered)',
  () => import('../dist/main.js'),
);
await new Promise((r) => setTimeout(r, 3000));
globalThis.gc();
rows.push(['settled after 3 s', mb() - last]);
for (const [n, v] of rows) console.log(`| ${n} | ${v.toFixed(1)} |`);
console.log(`| total RSS | ${mb().toFixed(1)} |`);
process.exit(0);
