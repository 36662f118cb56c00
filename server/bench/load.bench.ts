/**
 * Load benchmark: the real server as its own process on the embedded default (SQLite), N simulated
 * phones in one session plus a facilitator, a scribe and a projector. Prints a table; asserts nothing.
 *
 *   node scripts/pnpm.mjs run bench:load                 (100, 500, 1000, 2000 phones, then 20 × 50)
 *   node scripts/pnpm.mjs run bench:load -- --phones 100  (one size)
 *   node scripts/pnpm.mjs run bench:load -- --nodes 2     (two nodes on TEST_DATABASE_URL and TEST_REDIS_URL)
 */
import { rmSync } from 'node:fs';
import type { SessionEvent } from '@aquarium/shared';
import { freePort, spawnServer } from '../test/process.js';
import { freshSchema } from '../test/kit/freshSchema.js';
import { tempDataDir } from '../test/helper.js';
import { connect, createSession, joinPhone, pool, send, tokenOf, type Phone } from './load/clients.js';
import { fmt, percentile, processUsage } from './load/stats.js';

const SEND_SECONDS = 15;
/** A phone sends a thought about every 20 s: a lively discussion. */
const THOUGHT_EVERY_MS = 20_000;
const PHASE_CHANGES = 4;

interface Row {
  scenario: string;
  joinS: number;
  sendP50: number;
  sendP95: number;
  sendP99: number;
  phaseP50: number;
  phaseP95: number;
  phaseP99: number;
  phaseLast: number;
  lost: number;
  cpuPct: number;
  rssMb: number;
  kbPerPhone: number;
}

/** One session: join its phones, send thoughts for a while, change phases; returns raw measurements. */
const runSession = async (bases: string[], phonesWanted: number, label: string) => {
  // Staff and projector on the last node; phones spread over all nodes.
  const base = bases.at(-1)!;
  const created = await createSession(base, label);
  const sentAt = new Map<string, number>();
  const sendLatency: number[] = [];
  const facilitator = await connect(base, tokenOf(created.links.facilitator), (events: SessionEvent[], at) => {
    for (const e of events) {
      if (e.type !== 'thought.submitted') continue;
      const t0 = sentAt.get(e.data.thought.id);
      if (t0 !== undefined) sendLatency.push(at - t0);
    }
  });
  const scribe = await connect(base, tokenOf(created.links.scribe));
  const screen = await connect(base, tokenOf(created.links.screen));
  const phones: Phone[] = await pool(
    Array.from({ length: phonesWanted }, (_, i) => i),
    25,
    (i) => joinPhone(bases[i % bases.length]!, created.joinCode, i),
  );
  return { created, facilitator, scribe, screen, phones, sentAt, sendLatency };
};
type Session = Awaited<ReturnType<typeof runSession>>;

const drive = async (sessions: Session[]) => {
  for (const s of sessions) {
    await send(s.facilitator, 'circles:balance', {});
    await send(s.facilitator, 'session:start', {});
  }
  // Thoughts at a steady, randomised pace from every phone.
  const timers: NodeJS.Timeout[] = [];
  let acked = 0;
  let refused = 0;
  const stopAt = performance.now() + SEND_SECONDS * 1000;
  for (const s of sessions) {
    s.phones.forEach((phone, i) => {
      const tick = () => {
        if (performance.now() > stopAt) return;
        const thoughtId = `t${i}x${Math.random().toString(36).slice(2, 10)}`;
        s.sentAt.set(thoughtId, performance.now());
        void send(phone.socket, 'thought:submit', {
          thoughtId,
          text: `Ajatus ${i}`,
          questionId: 'q1',
          showName: false,
        }).then((ack) => (ack.ok ? acked++ : refused++));
        timers.push(setTimeout(tick, THOUGHT_EVERY_MS * (0.5 + Math.random())));
      };
      timers.push(setTimeout(tick, Math.random() * THOUGHT_EVERY_MS));
    });
  }
  // Phase changes while the phones send.
  const phaseLatency: number[] = [];
  const lastPhone: number[] = [];
  let phaseLost = 0;
  for (let change = 1; change <= PHASE_CHANGES; change++) {
    await new Promise((r) => setTimeout(r, (SEND_SECONDS * 1000) / (PHASE_CHANGES + 1)));
    await Promise.all(
      sessions.map(async (s) => {
        const t0 = performance.now();
        await send(s.facilitator, 'phase:next', { expectedIndex: change - 1 });
        const deadline = performance.now() + 10_000;
        while (s.phones.some((p) => !p.phaseSeenAt.has(change)) && performance.now() < deadline) {
          await new Promise((r) => setTimeout(r, 5));
        }
        const seen = s.phones.flatMap((p) => (p.phaseSeenAt.has(change) ? [p.phaseSeenAt.get(change)! - t0] : []));
        phaseLost += s.phones.length - seen.length;
        phaseLatency.push(...seen);
        lastPhone.push(Math.max(...seen));
      }),
    );
  }
  await new Promise((r) => setTimeout(r, Math.max(0, stopAt - performance.now()) + 1500));
  timers.forEach(clearTimeout);
  const sendLatency = sessions.flatMap((s) => s.sendLatency);
  const lostThoughts = Math.max(0, acked - sendLatency.length);
  return { sendLatency, phaseLatency, lastPhone, lost: lostThoughts + phaseLost, acked, refused };
};

const scenario = async (label: string, sessionCount: number, phonesEach: number, nodes = 1): Promise<Row> => {
  const dataDir = tempDataDir();
  const ports = await Promise.all(Array.from({ length: nodes }, () => freePort()));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  // Several nodes share PostgreSQL and Redis, as in production; one node runs on the embedded SQLite.
  const schema = nodes > 1 ? await freshSchema(requireEnv('TEST_DATABASE_URL')) : null;
  // Every simulated phone comes from 127.0.0.1; real phones have addresses of their own, so the
  // per-address limits are lifted here (the abuse tests measure them).
  const unlimited = { JOINS_PER_MINUTE: '100000', CONNECTIONS_PER_ADDRESS: '100000' };
  const env: Record<string, string> = schema
    ? {
        ...unlimited,
        DATABASE_URL: schema.url,
        REDIS_URL: requireEnv('TEST_REDIS_URL'),
        REDIS_STREAM: `bench-${Date.now()}`,
      }
    : unlimited;
  const servers = await Promise.all(ports.map((port, i) => spawnServer(port, `${dataDir}/${i}`, env)));
  const server = servers.at(-1)!;
  try {
    const idle = processUsage(server.pid!);
    const joinStart = performance.now();
    const sessions = await Promise.all(
      Array.from({ length: sessionCount }, (_, i) => runSession(bases, phonesEach, `${label} #${i + 1}`)),
    );
    const joinS = (performance.now() - joinStart) / 1000;
    const joined = processUsage(server.pid!);
    const cpuStart = processUsage(server.pid!).cpuMs;
    const wallStart = performance.now();
    const result = await drive(sessions);
    const busy = processUsage(server.pid!);
    const phones = sessionCount * phonesEach;
    for (const s of sessions)
      for (const c of [s.facilitator, s.scribe, s.screen, ...s.phones.map((p) => p.socket)]) c.disconnect();
    return {
      scenario: label,
      joinS,
      sendP50: percentile(result.sendLatency, 50),
      sendP95: percentile(result.sendLatency, 95),
      sendP99: percentile(result.sendLatency, 99),
      phaseP50: percentile(result.phaseLatency, 50),
      phaseP95: percentile(result.phaseLatency, 95),
      phaseP99: percentile(result.phaseLatency, 99),
      phaseLast: Math.max(...result.lastPhone),
      lost: result.lost + result.refused,
      cpuPct: ((busy.cpuMs - cpuStart) / (performance.now() - wallStart)) * 100,
      rssMb: busy.peakRssMb,
      kbPerPhone: ((joined.rssMb - idle.rssMb) * 1024) / phones,
    };
  } finally {
    for (const s of servers) s.kill('SIGKILL');
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const requireEnv = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`--nodes needs ${name} (PostgreSQL and Redis; .ci/run shows how to start them)`);
  return value;
};

const args = process.argv.slice(2);
const nodeCount = args.includes('--nodes') ? Number(args[args.indexOf('--nodes') + 1]) : 1;
const only = args.includes('--phones') ? args[args.indexOf('--phones') + 1]!.split(',').map(Number) : null;
const sizes = only ?? [100, 500, 1000, 2000];
const rows: Row[] = [];
for (const n of sizes) {
  console.error(`running ${n} phones…`);
  rows.push(await scenario(`${n} phones${nodeCount > 1 ? ` on ${nodeCount} nodes` : ''}`, 1, n, nodeCount));
}
if (!only && nodeCount === 1) {
  console.error('running 20 sessions × 50 phones…');
  rows.push(await scenario('20 × 50 phones', 20, 50));
}

const header = [
  'scenario',
  'join s',
  'send→fac p50/p95/p99 ms',
  'phase→phones p50/p95/p99 ms',
  'last phone ms',
  'lost',
  'server CPU %',
  'peak RSS MB',
  'RSS/phone KB',
];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(
    `| ${[
      r.scenario,
      fmt(r.joinS, 1),
      `${fmt(r.sendP50)} / ${fmt(r.sendP95)} / ${fmt(r.sendP99)}`,
      `${fmt(r.phaseP50)} / ${fmt(r.phaseP95)} / ${fmt(r.phaseP99)}`,
      fmt(r.phaseLast),
      r.lost,
      fmt(r.cpuPct),
      fmt(r.rssMb),
      fmt(r.kbPerPhone, 1),
    ].join(' | ')} |`,
  );
}
