/**
 * Downloads benchmark: can summary downloads stall a live room? The real server runs as its own
 * process on SQLite. One ended session has a published summary of 2,000 thoughts; another is live with
 * 500 phones. The facilitator changes phases, and `/api/health` is polled, first with no downloads and
 * then while 50 clients download the PDF at once (each round asks for a version not yet rendered, so the
 * render itself falls inside the window, and the phase changes go on until the last download is done). Prints a table; asserts nothing.
 *
 *   node scripts/pnpm.mjs run bench:downloads                (500 phones, 50 downloaders)
 *   node scripts/pnpm.mjs run bench:downloads -- --phones 200 --downloads 20
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { recordFigures } from '../test/figures.js';
import { tempDataDir } from '../test/helper.js';
import { freePort, spawnServer } from '../test/process.js';
import { connect, createSession, joinPhone, pool, send, tokenOf, type Phone } from './load/clients.js';
import { fmt, percentile } from './load/stats.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PHONES = arg('phones', 500);
const DOWNLOADERS = arg('downloads', 50);
const THOUGHTS = 2000;
const ROUNDS = 3;
const CHANGES_PER_ROUND = 4;

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = tempDataDir();
// Every simulated client is 127.0.0.1: the per-address limits would otherwise stop the benchmark itself.
const server = await spawnServer(port, dataDir, {
  JOINS_PER_MINUTE: '100000',
  CONNECTIONS_PER_ADDRESS: '100000',
  DOWNLOADS_PER_MINUTE: '100000',
});

/** The ended session with a published summary of THOUGHTS thoughts, in ROUNDS versions. */
const summarySession = async () => {
  const created = await createSession(base, 'Yhteenveto 2000 ajatusta');
  const f = await connect(base, tokenOf(created.links.facilitator));
  await send(f, 'settings:update', { thoughtsNeedApproval: false });
  await send(f, 'session:start', {});
  const writers = Math.ceil(THOUGHTS / 5);
  await pool(
    Array.from({ length: writers }, (_, i) => i),
    25,
    async (i) => {
      const phone = await joinPhone(base, created.joinCode, i);
      for (let k = 0; k < 5 && i * 5 + k < THOUGHTS; k++) {
        const text = `Ajatus ${i * 5 + k}: palvelupolut katkeavat, kun tieto ei siirry organisaatiosta toiseen.`;
        await send(phone.socket, 'thought:submit', {
          thoughtId: `t${i}x${k}`,
          text,
          questionId: 'q1',
          showName: false,
        });
      }
      phone.socket.disconnect();
    },
  );
  await send(f, 'session:end', {});
  for (let v = 0; v < ROUNDS + 1; v++) await send(f, 'summary:publish', {});
  f.disconnect();
  return created.joinCode;
};

/** Polls /api/health until stopped; returns the latencies. */
const pollHealth = () => {
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      await fetch(`${base}/api/health`);
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return latencies;
    },
  };
};

/** Phase changes back and forth; for each, the time until the last phone saw it. */
const phaseChanges = async (f: Awaited<ReturnType<typeof connect>>, phones: Phone[], at: { index: number }) => {
  const lastPhone: number[] = [];
  for (let c = 0; c < CHANGES_PER_ROUND; c++) {
    const forward = at.index < 3;
    const target = forward ? at.index + 1 : at.index - 1;
    phones.forEach((p) => p.phaseSeenAt.delete(target));
    const t0 = performance.now();
    await send(f, forward ? 'phase:next' : 'phase:previous', { expectedIndex: at.index });
    at.index = target;
    while (phones.some((p) => !p.phaseSeenAt.has(target)) && performance.now() - t0 < 20_000) {
      await new Promise((r) => setTimeout(r, 2));
    }
    lastPhone.push(Math.max(...phones.map((p) => (p.phaseSeenAt.get(target) ?? Number.NaN) - t0)));
    await new Promise((r) => setTimeout(r, 250));
  }
  return lastPhone;
};

try {
  const t = performance.now();
  const code = await summarySession();
  console.log(
    `summary of ${THOUGHTS} thoughts published in ${ROUNDS + 1} versions (${fmt((performance.now() - t) / 1000, 1)} s)`,
  );
  const live = await createSession(base, 'Käynnissä');
  const f = await connect(base, tokenOf(live.links.facilitator));
  const phones = await pool(
    Array.from({ length: PHONES }, (_, i) => i),
    25,
    (i) => joinPhone(base, live.joinCode, i),
  );
  await send(f, 'circles:balance', {});
  await send(f, 'session:start', {});
  const at = { index: 0 };
  console.log(`${PHONES} phones live`);

  const results = {
    quiet: { last: [] as number[], health: [] as number[] },
    busy: { last: [] as number[], health: [] as number[] },
  };
  let downloaded = 0;
  let failed = 0;
  const renderMs: number[] = [];
  /** The machine's one-minute load average at each round: the figures mean little on a busy machine. */
  const load: number[] = [];
  const allDoneMs: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    load.push(loadavg()[0]!);
    // Without downloads.
    let health = pollHealth();
    results.quiet.last.push(...(await phaseChanges(f, phones, at)));
    results.quiet.health.push(...(await health.stop()));

    // With DOWNLOADERS clients downloading version `round` (not rendered yet) over and over.
    health = pollHealth();
    const downloader = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/load/downloader.ts', `${base}/api/summary/${code}/v${round}.pdf`, String(DOWNLOADERS)],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    downloader.stdout.on('data', (c: Buffer) => (out += c.toString()));
    // 'close', not 'exit': the counts are the last thing it writes.
    const exited = new Promise((r) => downloader.once('close', r));
    // Let the downloads begin before the phase changes start.
    await new Promise((r) => setTimeout(r, 500));
    // Phase changes through the render and while the files flow, until every download has finished.
    do results.busy.last.push(...(await phaseChanges(f, phones, at)));
    while (downloader.exitCode === null);
    // In 'once' mode it ends by itself; closing stdin stops a 'repeat' run.
    downloader.stdin.end();
    await exited;
    const counts = JSON.parse(out.slice(out.lastIndexOf('\n') + 1)) as {
      ok: number;
      failed: number;
      firstMs: number | null;
      lastMs: number | null;
    };
    if (counts.lastMs !== null) allDoneMs.push(counts.lastMs);
    downloaded += counts.ok;
    failed += counts.failed;
    if (counts.firstMs !== null) renderMs.push(counts.firstMs);
    results.busy.health.push(...(await health.stop()));
  }

  const row = (label: string, r: { last: number[]; health: number[] }) =>
    `| ${label} | ${r.last.length} | ${fmt(percentile(r.last, 50))} | ${fmt(percentile(r.last, 95))} | ${fmt(Math.max(...r.last))} | ${r.health.length} | ${fmt(percentile(r.health, 50), 1)} | ${fmt(percentile(r.health, 95), 1)} | ${fmt(Math.max(...r.health), 1)} |`;
  console.log(`\n${PHONES} phones live; ${DOWNLOADERS} concurrent downloads of a ${THOUGHTS}-thought PDF per round\n`);
  console.log(
    '| condition | phase changes | →last phone p50 ms | p95 ms | max ms | health probes | health p50 ms | p95 ms | max ms |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(row('no downloads', results.quiet));
  console.log(row(`${DOWNLOADERS} concurrent PDF downloads`, results.busy));
  const ratio = (k: 'last' | 'health') =>
    percentile(results.busy[k], 95) / Math.max(1, percentile(results.quiet[k], 95));
  console.log(
    `\nPDFs downloaded: ${downloaded} (failed ${failed}); first PDF of a fresh version after ${renderMs.map((m) => fmt(m)).join(', ')} ms` +
      `\nload average ${load.map((l) => fmt(l, 1)).join(', ')} on this machine's cores` +
      `\np95 with / without downloads: phase→last phone ${fmt(ratio('last'), 2)}×, /api/health ${fmt(ratio('health'), 2)}× (target ≤ 2×)`,
  );
  const summary = (r: { last: number[]; health: number[] }) => ({
    phaseChanges: r.last.length,
    lastPhoneP50: Math.round(percentile(r.last, 50)),
    lastPhoneP95: Math.round(percentile(r.last, 95)),
    healthP50: Number(percentile(r.health, 50).toFixed(1)),
    healthP95: Number(percentile(r.health, 95).toFixed(1)),
    healthMax: Number(Math.max(...r.health).toFixed(1)),
  });
  recordFigures('downloads', {
    phones: PHONES,
    downloaders: DOWNLOADERS,
    thoughts: THOUGHTS,
    quiet: summary(results.quiet),
    busy: summary(results.busy),
    pdfsDownloaded: downloaded,
    failed,
    firstPdfMs: renderMs.map(Math.round),
    allPdfsMs: allDoneMs.map(Math.round),
    lastPhoneRatio: Number(ratio('last').toFixed(2)),
    loadAverage: Number((load.reduce((a, b) => a + b, 0) / load.length).toFixed(1)),
    cores: cpus().length,
    healthRatio: Number(ratio('health').toFixed(2)),
  });
  for (const p of phones) p.socket.disconnect();
  f.disconnect();
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
