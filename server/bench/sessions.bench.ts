/**
 * Memory over a day of sessions: the built server on the embedded default (SQLite), 1,000 sessions of 30
 * phones run one after another (each: 30 join and connect, the session starts, every phone sends a
 * thought, the facilitator ends it, everyone leaves). Sessions nobody uses leave memory after
 * SESSION_IDLE_MINUTES (shortened here to 3 s). Prints the RSS curve every 50 sessions; asserts nothing.
 *
 *   node scripts/pnpm.mjs run bench:sessions                 (1,000 sessions)
 *   node scripts/pnpm.mjs run bench:sessions -- --sessions 200
 */
import { rmSync } from 'node:fs';
import { freePort, spawnServer } from '../test/process.js';
import { tempDataDir } from '../test/helper.js';
import type { JoinResponse } from '@aquarium/shared';
import { call } from '../test/nginx.js';
import { connect, createSession, pool, send, tokenOf } from './load/clients.js';
import { fmt, processUsage } from './load/stats.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SESSIONS = arg('sessions', 1000);
const PHONES = arg('phones', 30);
const EVERY = 50;

const dataDir = tempDataDir();
const port = await freePort();
const server = await spawnServer(port, dataDir, {
  ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}),
  SESSION_IDLE_MINUTES: '0.05',
  JOINS_PER_MINUTE: '100000',
  SESSIONS_PER_MINUTE: '100000',
  LOG_LEVEL: 'warn',
  METRICS_TOKEN: 'bench-metrics-token-0123456789',
});
const base = `http://127.0.0.1:${port}`;
const rssMb = () => processUsage(server.pid!).rssMb;
/** The server's own figures: JavaScript heap in use and sessions in memory. */
const scrape = async () => {
  const text = await (
    await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer bench-metrics-token-0123456789' } })
  ).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  return {
    heapMb: value('aquarium_nodejs_heap_size_used_bytes') / 2 ** 20,
    heapTotalMb: value('aquarium_nodejs_heap_size_total_bytes') / 2 ** 20,
    inMemory: value('aquarium_sessions_in_memory'),
  };
};

let phoneNo = 0;
/** A phone joins from its own address (127.0.0.2–201), as phones on a venue's network would. */
const joinPhone = async (joinCode: string) => {
  const from = `127.0.0.${2 + (phoneNo++ % 200)}`;
  const res = await call(port, from, 'POST', '/api/join', { body: { code: joinCode, stakeholderGroupId: 'g1' } });
  if (res.status !== 201) throw new Error(`join refused: ${res.status} ${res.body}`);
  const joined = JSON.parse(res.body) as JoinResponse;
  return { socket: await connect(base, joined.token) };
};

const runOne = async (n: number) => {
  const created = await createSession(base, `Istunto ${n}`);
  const facilitator = await connect(base, tokenOf(created.links.facilitator));
  const phones = await pool(
    Array.from({ length: PHONES }, (_, i) => i),
    10,
    () => joinPhone(created.joinCode),
  );
  await send(facilitator, 'settings:update', { thoughtsNeedApproval: false });
  await send(facilitator, 'session:start', {});
  await Promise.all(
    phones.map((p, i) =>
      send(p.socket, 'thought:submit', {
        thoughtId: `t${i}`,
        text: `Ajatus ${i} istunnossa ${n}`,
        questionId: 'q1',
        showName: false,
      }),
    ),
  );
  await send(facilitator, 'session:end', {});
  for (const p of phones) p.socket.disconnect();
  facilitator.disconnect();
};

const started = performance.now();
const curve: {
  sessions: number;
  rssMb: number;
  heapMb: number;
  heapTotalMb: number;
  inMemory: number;
  seconds: number;
}[] = [];
for (let n = 1; n <= SESSIONS; n++) {
  await runOne(n);
  if (n % EVERY === 0)
    curve.push({ sessions: n, rssMb: rssMb(), ...(await scrape()), seconds: (performance.now() - started) / 1000 });
}
// Let the last ones go idle and leave, as the first ones did while the benchmark ran.
await new Promise((r) => setTimeout(r, 8000));
const end = rssMb();
const endScrape = await scrape();
server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

console.log(`\n${SESSIONS} sessions of ${PHONES} phones, one after another (built server, SQLite)\n`);
console.log('sessions  RSS MB  heap MB (used / total)  in memory  elapsed s');
const row = (
  label: string,
  p: { rssMb: number; heapMb: number; heapTotalMb: number; inMemory: number },
  seconds = '',
) =>
  console.log(
    `${label.padStart(8)}  ${fmt(p.rssMb).padStart(6)}  ${`${fmt(p.heapMb)} / ${fmt(p.heapTotalMb)}`.padStart(22)}  ${String(p.inMemory).padStart(9)}  ${seconds.padStart(9)}`,
  );
for (const p of curve) row(String(p.sessions), p, fmt(p.seconds));
const first = curve[0]!.rssMb;
row('end', { rssMb: end, ...endScrape });
console.log(
  `\nsessions: RSS after ${EVERY} ${fmt(first)} MB, at the end ${fmt(end)} MB (${fmt(((end - first) / first) * 100, 1)} %)`,
);
