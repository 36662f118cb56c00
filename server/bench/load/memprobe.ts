/**
 * Where the memory goes at N phones, the product or the bare relay: RSS by mapping (/proc/PID/smaps: Node's
 * binary, anonymous memory, the malloc heap), V8's `process.memoryUsage()` and heap spaces, once idle, once the
 * phones are connected and again after a full GC; optionally a heap snapshot (open it in DevTools' Memory tab).
 * From server/:
 *   node ../scripts/pnpm.mjs exec node --import tsx bench/load/memprobe.ts 2000 product /tmp/product.heapsnapshot
 *   NODE_ARGS="--max-semi-space-size=8" node ../scripts/pnpm.mjs exec node --import tsx bench/load/memprobe.ts 2000 relay
 *   ALLOC_PROF=/tmp/joins.heapprofile …   (what the joins allocate, collected or not: sampled every 32 KB)
 *   CPU_PROF=/tmp/joins.cpuprofile …      (the server's CPU profile while the phones join, and nothing else)
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort, spawnServer, startArgs } from '../../test/process.js';
import { tempDataDir } from '../../test/helper.js';
import { createSession } from './clients.js';
import { joinSession } from './drive.js';
import { attachInspector } from './inspector.js';
import { processUsage } from './stats.js';

const phones = Number(process.argv[2] ?? 2000);
const which = process.argv[3] ?? 'product';
const snap = process.argv[4];
const port = await freePort();
const ip = await freePort();
const dataDir = tempDataDir();
const nodeArgs = (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean);
const child =
  which === 'relay'
    ? spawn(
        process.execPath,
        [`--inspect=127.0.0.1:${ip}`, ...nodeArgs, fileURLToPath(new URL('./relay.ts', import.meta.url)), String(port)],
        { stdio: 'ignore' },
      )
    : await spawnServer(
        port,
        dataDir,
        { JOINS_PER_MINUTE: '100000', CONNECTIONS_PER_ADDRESS: '100000', MAX_PARTICIPANTS: '100000' },
        120_000,
        [`--inspect=127.0.0.1:${ip}`, ...(nodeArgs.length ? [...nodeArgs, 'dist/main.js'] : startArgs())],
      );
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 200; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 50));
}
const insp = await attachInspector(ip);
const mem = async () => {
  const r = (await insp.evaluate(
    `JSON.stringify({m: process.memoryUsage(), s: require_v8().getHeapSpaceStatistics().map(s=>[s.space_name, Math.round(s.space_size/1e5)/10, Math.round(s.space_used_size/1e5)/10])})`,
  )) as string;
  return r;
};
const report = async (label: string) => {
  const u = processUsage(child.pid!);
  const maps = readFileSync(`/proc/${child.pid}/smaps`, 'utf8').split('\n');
  const by = new Map<string, number>();
  let cur = '';
  for (const line of maps) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head)
      cur = head[1]!.includes('/')
        ? head[1]!.endsWith('.node') || head[1]!.includes('node')
          ? 'file:' + head[1]!.split('/').at(-1)
          : 'file:other'
        : head[1] || 'anon';
    const rss = /^Rss:\s+(\d+)/.exec(line);
    if (rss) by.set(cur, (by.get(cur) ?? 0) + Number(rss[1]));
  }
  const smaps = [...by]
    .filter(([, kb]) => kb > 1024)
    .map(([k, kb]) => `${k}=${(kb / 1024).toFixed(1)}`)
    .join(' ');
  console.log(label, `rss ${u.rssMb.toFixed(1)} peak ${u.peakRssMb.toFixed(1)}`, smaps, await mem());
};
await report('idle');
const created = await createSession(base, 'mem');
const allocations = process.env.ALLOC_PROF;
const cpu = process.env.CPU_PROF;
if (allocations) await insp.startAllocations();
if (cpu) await insp.startProfiler();
const s = await joinSession([base], phones, created);
if (cpu) writeFileSync(cpu, JSON.stringify(await insp.stopProfiler()));
if (allocations) writeFileSync(allocations, JSON.stringify(await insp.stopAllocations()));
await new Promise((r) => setTimeout(r, 2000));
await report(`joined ${s.phones.length}`);
await insp.collectGarbage();
await report('after gc');
if (snap) await insp.snapshot(snap);
for (const c of [s.facilitator, s.scribe, s.screen, ...s.phones.map((p) => p.socket)]) c.disconnect();
insp.close();
child.kill('SIGKILL');
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
