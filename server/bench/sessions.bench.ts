/**
 * Memory over a day of sessions: the built server on the embedded default (SQLite), 1,000 sessions of 30
 * phones run one after another (each: 30 join and connect, the session starts, every phone sends a
 * thought, the facilitator ends it, everyone leaves). Sessions nobody uses leave memory after
 * SESSION_IDLE_MINUTES (shortened here to 3 s). Prints the RSS curve every 50 sessions, then every 10 s of
 * the idle time after the last one (`--settle` seconds, 120); asserts nothing.
 *
 *   node scripts/pnpm.mjs run bench:sessions                 (1,000 sessions)
 *   node scripts/pnpm.mjs run bench:sessions -- --sessions 200
 *   node scripts/pnpm.mjs run bench:sessions -- --gc         (diagnosis: a full GC before each row, so the heap is what is retained)
 *   node scripts/pnpm.mjs run bench:sessions -- --node-args "--enable-source-maps dist/main.js"   (V8's defaults)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, spawnServer, startArgs } from '../test/process.js';
import { tempDataDir } from '../test/helper.js';
import type { CommandAck, JoinResponse } from '@aquarium/shared';
import { call } from '../test/nginx.js';
import { connect, createSession, pool, send, tokenOf } from './load/clients.js';
import { attachInspector } from './load/inspector.js';
import { fmt, processUsage } from './load/stats.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SESSIONS = arg('sessions', 1000);
const PHONES = arg('phones', 30);
const EVERY = 50;
/** Node's flags for the server instead of `npm run serve`'s, to compare (e.g. --node-args "--enable-source-maps dist/main.js"). */
const NODE_ARGS = process.argv.includes('--node-args')
  ? process.argv[process.argv.indexOf('--node-args') + 1]!.split(' ')
  : startArgs();
/** Diagnosis: collect garbage before each measurement (through the inspector), so the heap figure is what is retained. */
const GC = process.argv.includes('--gc');
/** Diagnosis: write a heap snapshot at each measurement into this directory. */
const SNAPSHOTS = process.argv.includes('--snapshots') ? process.argv[process.argv.indexOf('--snapshots') + 1]! : null;

const dataDir = tempDataDir();
const port = await freePort();
const inspectPort = GC || SNAPSHOTS ? await freePort() : null;
const server = await spawnServer(
  port,
  dataDir,
  {
    ...(inspectPort ? { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` } : {}),
    SESSION_IDLE_MINUTES: '0.05',
    JOINS_PER_MINUTE: '100000',
    SESSIONS_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
    METRICS_TOKEN: 'bench-metrics-token-0123456789',
  },
  30_000,
  NODE_ARGS,
);
const base = `http://127.0.0.1:${port}`;
const inspector = inspectPort ? await attachInspector(inspectPort) : null;

/** Resident memory from /proc: anonymous (heap, malloc) and file-backed (the mapped code of node and its addons). */
const residentMb = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rssMb: mb('VmRSS'), anonMb: mb('RssAnon') };
};
/** The server's own figures: JavaScript heap, memory outside it (Buffers, native), sessions in memory. */
const scrape = async () => {
  const text = await (
    await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer bench-metrics-token-0123456789' } })
  ).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  return {
    heapMb: value('aquarium_nodejs_heap_size_used_bytes') / 2 ** 20,
    heapTotalMb: value('aquarium_nodejs_heap_size_total_bytes') / 2 ** 20,
    externalMb: value('aquarium_nodejs_external_memory_bytes') / 2 ** 20,
    inMemory: value('aquarium_sessions_in_memory'),
    /** Committed size of each V8 heap space (new, old, code, large_object, ...). */
    spacesMb: Object.fromEntries(
      [...text.matchAll(/^aquarium_nodejs_heap_space_size_total_bytes\{space="(\w+)"\} (\S+)$/gm)].map((m) => [
        m[1]!,
        Math.round(Number(m[2]) / 2 ** 20),
      ]),
    ),
  };
};
type Point = ReturnType<typeof residentMb> & Awaited<ReturnType<typeof scrape>>;
const measure = async (label: string): Promise<Point> => {
  if (inspector) await inspector.collectGarbage();
  if (inspector && SNAPSHOTS) await inspector.snapshot(join(SNAPSHOTS, `sessions-${label}.heapsnapshot`));
  return { ...residentMb(), ...(await scrape()) };
};

let phoneNo = 0;
let refused = 0;
/** A phone joins from its own address (127.0.0.2–201), as phones on a venue's network would. */
const joinPhone = async (joinCode: string) => {
  const from = `127.0.0.${2 + (phoneNo++ % 200)}`;
  const res = await call(port, from, 'POST', '/api/join', { body: { code: joinCode, stakeholderGroupId: 'g1' } });
  if (res.status !== 201) throw new Error(`join refused: ${res.status} ${res.body}`);
  const joined = JSON.parse(res.body) as JoinResponse;
  return { socket: await connect(base, joined.token) };
};
/** Every command must be accepted: a benchmark of refusals would measure nothing. */
const expectOk = async (ack: Promise<CommandAck>) => {
  const answer = await ack;
  if (!answer.ok) refused++;
};

const runOne = async (n: number) => {
  const created = await createSession(base, `Istunto ${n}`);
  const facilitator = await connect(base, tokenOf(created.links.facilitator));
  const phones = await pool(
    Array.from({ length: PHONES }, (_, i) => i),
    10,
    () => joinPhone(created.joinCode),
  );
  await expectOk(send(facilitator, 'settings:update', { thoughtsNeedApproval: false }));
  await expectOk(send(facilitator, 'session:start', {}));
  await Promise.all(
    phones.map((p, i) =>
      expectOk(
        send(p.socket, 'thought:submit', {
          thoughtId: `t${i}`,
          text: `Ajatus ${i} istunnossa ${n}`,
          questionId: 'q1',
          showName: false,
        }),
      ),
    ),
  );
  await expectOk(send(facilitator, 'session:end', {}));
  for (const p of phones) p.socket.disconnect();
  facilitator.disconnect();
};

const started = performance.now();
const curve: (Point & { sessions: number; seconds: number })[] = [];
for (let n = 1; n <= SESSIONS; n++) {
  await runOne(n);
  if (n % EVERY === 0) {
    const point = await measure(String(n));
    curve.push({ sessions: n, ...point, seconds: (performance.now() - started) / 1000 });
  }
}
// Then the server is left alone, as after the day's last session: its RSS every 10 s. V8 gives the heap it
// grew back only when its memory reducer runs, some tens of seconds after allocation has slowed down.
const idle: { seconds: number; rssMb: number }[] = [];
for (let waited = 0; waited < arg('settle', 120); waited += 10) {
  await new Promise((r) => setTimeout(r, 10_000));
  idle.push({ seconds: waited + 10, rssMb: residentMb().rssMb });
}
const end = await measure('end');
const cpuSeconds = processUsage(server.pid!).cpuMs / 1000;
inspector?.close();
server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

console.log(
  `\n${SESSIONS} sessions of ${PHONES} phones, one after another (node ${NODE_ARGS.join(' ')}, SQLite${process.env.MALLOC_ARENA_MAX ? `, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX}` : ''}${process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}${GC ? ', garbage collected before each row' : ''})\n`,
);
console.log('sessions  RSS MB  anon MB  heap MB (used / total)  external MB  in memory  elapsed s');
const row = (label: string, p: Point, seconds = '') =>
  console.log(
    `${label.padStart(8)}  ${fmt(p.rssMb).padStart(6)}  ${fmt(p.anonMb).padStart(7)}  ${`${fmt(p.heapMb)} / ${fmt(p.heapTotalMb)}`.padStart(22)}  ${fmt(p.externalMb, 1).padStart(11)}  ${String(p.inMemory).padStart(9)}  ${seconds.padStart(9)}`,
  );
for (const p of curve) row(String(p.sessions), p, fmt(p.seconds));
row('end', end);
console.log(`\nidle after the last session, RSS MB: ${idle.map((p) => `${p.seconds} s ${fmt(p.rssMb)}`).join(', ')}`);
const spaces = (p: Point) =>
  Object.entries(p.spacesMb)
    .filter(([, mb]) => mb > 0)
    .map(([space, mb]) => `${space} ${mb}`)
    .join(', ');
console.log(`\nV8 heap spaces, committed MB: after ${EVERY}: ${spaces(curve[0]!)}; at the end: ${spaces(end)}`);
const first = curve[0]!.rssMb;
const change = ((end.rssMb - first) / first) * 100;
console.log(
  `\nRSS after ${EVERY} sessions ${fmt(first)} MB, at the end ${fmt(end.rssMb)} MB (${change >= 0 ? '+' : ''}${fmt(change, 1)} %; target within 20 %); highest ${fmt(Math.max(...curve.map((p) => p.rssMb)))} MB; server CPU ${fmt(cpuSeconds, 1)} s; commands refused: ${refused}`,
);
