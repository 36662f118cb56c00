/**
 * Load benchmark: the real server as its own process on the embedded default (SQLite), N simulated
 * phones in one session plus a facilitator, a scribe and a projector; the same load on a bare socket.io
 * relay in the same run, and on a long session (one already holding 20,000 thoughts and 5,000 notes).
 * Prints a table; asserts nothing. Each row carries the machine's load average when it started.
 *
 *   node scripts/pnpm.mjs run bench:load                      (fresh 100…2000, 20 × 50, long and long-staff 2000, relay 2000)
 *   node scripts/pnpm.mjs run bench:load -- --phones 2000 --only fresh,long,long-staff,relay
 *   node scripts/pnpm.mjs run bench:load -- --nodes 2          (two nodes on TEST_DATABASE_URL and TEST_REDIS_URL)
 *   node scripts/pnpm.mjs run bench:load -- --only long --cpu-prof /tmp/prof   (the server's V8 CPU profile)
 *   node scripts/pnpm.mjs run bench:load -- --node-args "--max-semi-space-size=8"   (Node's flags, product and relay)
 *   node scripts/pnpm.mjs run bench:load -- --phones 2000 --only fresh,relay --rounds 3   (alternating; ratios at the end)
 *   … --warmup 0   (no unmeasured relay run first: the first scenario then meets a cold load generator)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { freePort, spawnServer, startArgs } from '../test/process.js';
import { freshSchema } from '../test/kit/freshSchema.js';
import { tempDataDir } from '../test/helper.js';
import { createSession, syncCost, tokenOf } from './load/clients.js';
import { drive, joinSession, PHASE_CHANGES } from './load/drive.js';
import { prefillSession, type Prefill } from './load/prefill.js';
import { fmt, percentile, processUsage } from './load/stats.js';

const LONG: Prefill = { participants: 200, thoughts: 20_000, notes: 5_000 };
/** The same history unpublished: only staff see it, so what a phone receives on joining does not grow with it. */
const LONG_STAFF: Prefill = { ...LONG, publish: false };

interface Options {
  sessions: number;
  phones: number;
  nodes: number;
  prefill?: Prefill;
  relay?: boolean;
}

const waitHealthy = async (base: string, child: ChildProcess) => {
  for (const start = Date.now(); Date.now() - start < 30_000; await new Promise((r) => setTimeout(r, 50))) {
    if (child.exitCode !== null) throw new Error('relay exited');
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
  }
  throw new Error('relay did not start');
};

const spawnRelay = async (port: number, env: Record<string, string>) => {
  const file = fileURLToPath(new URL('./load/relay.ts', import.meta.url));
  const child = spawn(process.execPath, [...nodeFlags, file, String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  return waitHealthy(`http://127.0.0.1:${port}`, child);
};

const stopped = (child: ChildProcess) =>
  new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));

const scenario = async (label: string, o: Options) => {
  const load1 = loadavg()[0]!;
  const dataDir = tempDataDir();
  const ports = await Promise.all(Array.from({ length: o.nodes }, () => freePort()));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  // Several nodes share PostgreSQL and Redis, as in production; one node runs on the embedded SQLite.
  const schema = o.nodes > 1 ? await freshSchema(requireEnv('TEST_DATABASE_URL')) : null;
  // Every simulated phone comes from 127.0.0.1; real phones have addresses of their own, so the
  // per-address limits are lifted here (the abuse tests measure them).
  const unlimited = { JOINS_PER_MINUTE: '100000', CONNECTIONS_PER_ADDRESS: '100000', MAX_PARTICIPANTS: '100000' };
  const env: Record<string, string> = schema
    ? {
        ...unlimited,
        DATABASE_URL: schema.url,
        REDIS_URL: requireEnv('TEST_REDIS_URL'),
        REDIS_STREAM: `bench-${Date.now()}`,
      }
    : unlimited;
  // `--cpu-prof DIR`: each server writes a V8 CPU profile there when it stops (SIGTERM, not SIGKILL, below).
  const profiled = cpuProfDir ? { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${cpuProfDir}` } : env;
  const start = () =>
    o.relay
      ? Promise.all(ports.map((port) => spawnRelay(port, cpuProfDir ? { NODE_OPTIONS: profiled.NODE_OPTIONS! } : {})))
      : Promise.all(
          ports.map((port, i) =>
            spawnServer(port, `${dataDir}/${i}`, profiled, undefined, [...nodeFlags, serverScript]),
          ),
        );
  let servers = await start();
  try {
    const created = await Promise.all(
      Array.from({ length: o.sessions }, (_, i) => createSession(bases.at(-1)!, `${label} #${i + 1}`)),
    );
    let loadS = 0;
    if (o.prefill) {
      // Written straight into the stopped server's file, then loaded as any stored session is.
      servers.forEach((s) => s.kill('SIGTERM'));
      await Promise.all(servers.map(stopped));
      for (const c of created) await prefillSession(`${dataDir}/0`, c.sessionId, o.prefill);
      servers = await start();
      const t0 = performance.now();
      for (const c of created) await fetch(`${bases.at(-1)}/api/join/${c.joinCode}`);
      loadS = (performance.now() - t0) / 1000;
    }
    const server = servers.at(-1)!;
    const idle = processUsage(server.pid!);
    const joinStart = performance.now();
    const clientStart = process.cpuUsage();
    // The server's CPU per join counts from the first phone (after the staff's snapshots, like the join time).
    let beforePhones: ReturnType<typeof processUsage> | null = null;
    const phonesStart = () => void (beforePhones ??= processUsage(server.pid!));
    const sessions = await Promise.all(created.map((c) => joinSession(bases, o.phones, c, phonesStart)));
    // The phones' joins only, from the first to the last (20 × 50: the sessions' joins run side by side).
    const joinS = Math.max(...sessions.map((s) => s.phonesJoinMs)) / 1000;
    const client = process.cpuUsage(clientStart);
    const clientWallMs = performance.now() - joinStart;
    const joined = processUsage(server.pid!);
    const wallStart = performance.now();
    const result = await drive(sessions);
    const busy = processUsage(server.pid!);
    // A console opening the session, twice: the whole log (as before issue #24), then a snapshot. Measured after
    // the rest: no client asks for the whole log any more, and its 8 MB answer in a long session would count in
    // the peak RSS above (the staff's own connections, opened with the phones, sync from a snapshot).
    const consoleToken = o.relay ? null : tokenOf(created[0]!.links.facilitator);
    const consoleSync = consoleToken
      ? [await syncCost(bases.at(-1)!, consoleToken, false), await syncCost(bases.at(-1)!, consoleToken, true)]
      : [];
    const phones = o.sessions * o.phones;
    for (const s of sessions)
      for (const c of [s.facilitator, s.scribe, s.screen, ...s.phones.map((p) => p.socket)]) c.disconnect();
    return {
      scenario: label,
      load1,
      loadS,
      joinS,
      joinsPerS: phones / joinS,
      // The simulated phones' own process (all of them share one): near 100 % it, not the server, sets the pace.
      clientCpuPct: (client.user + client.system) / 10 / clientWallMs,
      // A phone's join, step by step: HTTP join, socket connection, first sync (p50 ms).
      joinSteps: [0, 1, 2].map((k) =>
        percentile(
          sessions.flatMap((s) => s.joinSteps.map((steps) => steps[k]!)),
          50,
        ),
      ),
      send: [50, 95, 99].map((p) => percentile(result.sendLatency, p)),
      phase: [50, 95, 99].map((p) => percentile(result.phaseLatency, p)),
      lastPhoneP95: percentile(result.lastPhone, 95),
      lastPhoneMax: Math.max(...result.lastPhone),
      lost: result.lost + result.refused,
      cpuPct: ((busy.cpuMs - joined.cpuMs) / (performance.now() - wallStart)) * 100,
      // CPU time per operation: what a busy machine changes least (latencies wait for other processes).
      cpuMsPerJoin: (joined.cpuMs - (beforePhones ?? idle).cpuMs) / phones,
      cpuMsPerThought: (busy.cpuMs - joined.cpuMs) / Math.max(1, result.acked),
      idleRssMb: idle.rssMb,
      rssMb: busy.peakRssMb,
      kbPerPhone: ((joined.rssMb - idle.rssMb) * 1024) / phones,
      consoleSync,
    };
  } finally {
    if (cpuProfDir) {
      for (const s of servers) s.kill('SIGTERM');
      await Promise.all(servers.map(stopped));
    }
    for (const s of servers) s.kill('SIGKILL');
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
type Row = Awaited<ReturnType<typeof scenario>>;

const requireEnv = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`--nodes needs ${name} (PostgreSQL and Redis; .ci/run shows how to start them)`);
  return value;
};

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : null);
const nodes = Number(arg('--nodes') ?? 1);
const cpuProfDir = arg('--cpu-prof');
// Node's flags for the product and the relay alike (default: those of `npm run serve`, server/package.json's start).
const serve = startArgs();
const serverScript = serve.at(-1)!;
const nodeFlags = arg('--node-args')?.split(' ').filter(Boolean) ?? serve.slice(0, -1);
const sizes = arg('--phones')?.split(',').map(Number) ?? [100, 500, 1000, 2000];
const only = arg('--only')?.split(',') ?? ['fresh', 'many', 'long', 'long-staff', 'relay'];
const biggest = Math.max(...sizes);
const plan: [string, Options][] = [];
const onNodes = nodes > 1 ? ` on ${nodes} nodes` : '';
if (only.includes('fresh'))
  for (const n of sizes) plan.push([`fresh, ${n} phones${onNodes}`, { sessions: 1, phones: n, nodes }]);
if (only.includes('many') && nodes === 1) plan.push(['fresh, 20 × 50 phones', { sessions: 20, phones: 50, nodes }]);
if (only.includes('long') && nodes === 1) {
  plan.push([
    `long (20k thoughts, 5k notes), ${biggest} phones`,
    { sessions: 1, phones: biggest, nodes, prefill: LONG },
  ]);
}
if (only.includes('long-staff') && nodes === 1) {
  plan.push([
    `long, staff-only history (20k pending thoughts, 5k notes), ${biggest} phones`,
    { sessions: 1, phones: biggest, nodes, prefill: LONG_STAFF },
  ]);
}
if (only.includes('relay'))
  plan.push([`bare socket.io relay, ${biggest} phones`, { sessions: 1, phones: biggest, nodes: 1, relay: true }]);

// All the simulated phones run in this one process, and its code is compiled as it runs: the first scenario
// measured used to meet a cold load generator and the last a warm one, which alone made the product (first)
// look 1.4× slower to join than the relay (last) when each was 1.05–1.1× measured warm (issue #24). So the
// relay's scenario runs once unmeasured first, and `--rounds K` repeats the plan, every other round reversed.
const warm = arg('--warmup') !== '0';
const rounds = Number(arg('--rounds') ?? 1);
const relayPlan = plan.find(([, o]) => o.relay);
if (warm) {
  console.error(`warming the load generator on the relay, not measured… (load average ${loadavg()[0]!.toFixed(1)})`);
  await scenario('warm-up', { sessions: 1, phones: biggest, nodes: 1, relay: true });
}
const rows: (Row & { round: number })[] = [];
for (let round = 1; round <= rounds; round++) {
  for (const [label, o] of round % 2 === 1 ? plan : [...plan].reverse()) {
    console.error(`round ${round}: running ${label}… (load average ${loadavg()[0]!.toFixed(1)})`);
    rows.push({ ...(await scenario(label, o)), round });
    console.error(JSON.stringify(rows.at(-1))); // each row as soon as it is measured
  }
}

const header = [
  'scenario',
  'load avg',
  'load s',
  'join s',
  'joins/s',
  "phones' process CPU % while joining",
  'a join p50 ms: HTTP / socket / sync',
  'send→fac p50/p95/p99 ms',
  `phase→phones p50/p95/p99 ms (${PHASE_CHANGES} changes)`,
  'last phone p95/max ms',
  'lost',
  'server CPU %',
  'server CPU ms per join / per thought (with its fan-out)',
  'idle RSS MB',
  'peak RSS MB',
  'RSS/phone KB',
  'console sync: log → snapshot KB, ms',
];
console.log(`${new Date().toISOString()}\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) {
  console.log(
    `| ${[
      rounds > 1 ? `${r.scenario} (round ${r.round})` : r.scenario,
      fmt(r.load1, 2),
      fmt(r.loadS, 1),
      fmt(r.joinS, 1),
      fmt(r.joinsPerS),
      fmt(r.clientCpuPct),
      r.joinSteps.map((v) => fmt(v, 1)).join(' / '),
      r.send.map((v) => fmt(v)).join(' / '),
      r.phase.map((v) => fmt(v)).join(' / '),
      `${fmt(r.lastPhoneP95)} / ${fmt(r.lastPhoneMax)}`,
      r.lost,
      fmt(r.cpuPct),
      `${fmt(r.cpuMsPerJoin, 2)} / ${fmt(r.cpuMsPerThought, 2)}`,
      fmt(r.idleRssMb),
      fmt(r.rssMb),
      fmt(r.kbPerPhone, 1),
      r.consoleSync.length === 2
        ? `${fmt(r.consoleSync[0]!.kb)} → ${fmt(r.consoleSync[1]!.kb)} KB, ${fmt(r.consoleSync[0]!.ms)} → ${fmt(r.consoleSync[1]!.ms)} ms`
        : '–',
    ].join(' | ')} |`,
  );
}
// The issue's figures: the product's join time (and server CPU per join) over the relay's, per round, and over
// all rounds as the ratio of the means: with the order reversed every other round, a machine that speeds up or
// slows down through the run weighs on both sides alike. Both at the most phones, fresh.
const product = `fresh, ${biggest} phones${onNodes}`;
const pairs = Array.from({ length: rounds }, (_, i) => {
  const of = (label: string) => rows.find((r) => r.round === i + 1 && r.scenario === label);
  const [p, r] = [of(product), relayPlan && of(relayPlan[0])];
  return p && r ? { p, r } : null;
}).filter((x) => x !== null);
if (pairs.length > 0) {
  const figure = (name: string, k: 'joinS' | 'cpuMsPerJoin') => {
    const each = pairs.map(({ p, r }) => fmt(p[k] / r[k], 2)).join(' / ');
    const sum = (side: 'p' | 'r') => pairs.reduce((total, x) => total + x[side][k], 0);
    console.log(`product ÷ relay, ${name}: ${each} (all rounds: ${fmt(sum('p') / sum('r'), 2)})`);
  };
  console.log('');
  figure('join time', 'joinS');
  figure('server CPU per join', 'cpuMsPerJoin');
}
