#!/usr/bin/env node
// `npm run check` (what `npm test` runs after the install): every check of docs/TESTING.md, each phase started as
// soon as what it needs is there, side by side where they do not depend on each other, and a table of how long
// each took at the end. Every phase is a package.json script, run as it was when they ran one after another:
//
//   build ─┬─ bundle ── e2e ──┐
//          ├─ unit ───────────┤
//          ├─ typecheck ──────┼─ summary
//          ├─ lint ───────────┤
//          └─ format ─────────┘
//
// The e2e scenarios are the longest phase, so what they need (the build, the phone page budget) goes first; the
// static checks and vitest run beside them. Much of every phase is waiting (on a socket, a child process, a
// browser), so on two cores they share the machine well. A phase that fails stops nothing already running (its
// output stays whole), nothing new starts, and the run exits 1. Each phase's output goes to the terminal
// prefixed with its name, and whole to .tmp/check/<phase>.log; the table also to .tmp/check/phases.txt.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const logDir = join(root, '.tmp', 'check');
mkdirSync(logDir, { recursive: true });

const run = (script) => ['scripts/pnpm.mjs', 'run', script];
/** name, what it runs, the phases it waits for; `env` only for that phase. */
const phases = [
  { name: 'build', args: run('build'), needs: [] },
  { name: 'bundle', args: run('check:bundle'), needs: ['build'] },
  { name: 'e2e', args: run('test:e2e'), needs: ['bundle'] },
  // The server was just built: vitest's global setup (server/test/buildOnce.ts) must not build it again while the
  // e2e server runs from the same dist/.
  { name: 'unit', args: run('test:unit'), needs: ['build'], env: { AQUARIUM_SERVER_BUILT: '1' } },
  { name: 'typecheck', args: run('typecheck'), needs: ['build'] },
  { name: 'lint', args: run('lint'), needs: ['build'] },
  { name: 'format', args: run('format:check'), needs: ['build'] },
  { name: 'summary', args: ['scripts/test-summary.mjs'], needs: ['unit', 'e2e', 'typecheck', 'lint', 'format'] },
];

const started = Date.now();
const width = Math.max(...phases.map((p) => p.name.length));
const state = new Map(phases.map((p) => [p.name, { status: 'waiting', start: 0, end: 0, load: 0 }]));
const children = new Set();
let failed = false;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const clock = (ms) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}`;

const start = (phase) => {
  const s = state.get(phase.name);
  s.status = 'running';
  s.start = Date.now();
  const prefix = `[${phase.name.padEnd(width)}] `;
  const log = createWriteStream(join(logDir, `${phase.name}.log`));
  const child = spawn(process.execPath, phase.args, {
    cwd: root,
    env: { ...process.env, ...phase.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so an interrupted run stops the phase's whole tree (servers, browsers).
    detached: true,
  });
  children.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      log.write(chunk);
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
    stream.on('end', () => rest && process.stdout.write(prefix + rest + '\n'));
  }
  const samples = [loadavg()[0]];
  const sampler = setInterval(() => samples.push(loadavg()[0]), 5000);
  child.on('close', (code, signal) => {
    clearInterval(sampler);
    children.delete(child);
    log.end();
    s.end = Date.now();
    s.load = samples.reduce((a, b) => a + b, 0) / samples.length;
    s.status = code === 0 ? 'passed' : 'failed';
    if (code !== 0) failed = true;
    console.log(`${prefix}${s.status} in ${seconds(s.end - s.start)}${signal ? ` (${signal})` : ''}`);
    next();
  });
};

const next = () => {
  if (!failed)
    for (const phase of phases) {
      const ready = phase.needs.every((n) => state.get(n).status === 'passed');
      if (state.get(phase.name).status === 'waiting' && ready) start(phase);
    }
  if ([...state.values()].some((s) => s.status === 'running')) return;
  report();
  process.exit(failed ? 1 : 0);
};

const report = () => {
  const rows = phases.map((p) => {
    const s = state.get(p.name);
    const ran = s.status !== 'waiting';
    return [
      p.name,
      ran ? s.status : 'not run',
      ran ? clock(s.start - started) : '',
      ran ? clock(s.end - started) : '',
      ran ? seconds(s.end - s.start) : '',
      ran ? s.load.toFixed(1) : '',
    ];
  });
  const head = ['phase', 'result', 'from', 'to', 'took', 'load'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const table = [
    line(head),
    ...rows.map(line),
    `all phases: ${clock(Date.now() - started)} (m:ss); load: the 1-minute load average while the phase ran`,
  ];
  writeFileSync(join(logDir, 'phases.txt'), table.join('\n') + '\n');
  console.log(['', ...table].join('\n'));
};

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
    process.exit(1);
  });

next();
