/**
 * Phone page speed: first render of the join page on an emulated mid-range phone over slow 4G
 * (Chromium's CPU and network throttling through CDP), against the real server with the built client.
 * Prints figures; asserts nothing.   node scripts/pnpm.mjs run bench:phone
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAquariumSetup, type CreateSessionResponse } from '@aquarium/shared';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.BENCH_PORT ?? 3411);
const base = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
/** Chrome DevTools' "Slow 4G" preset and a 4× slower CPU, a common stand-in for a mid-range phone. */
const slow4g = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const cpuSlowdown = 4;

const serverDir = fileURLToPath(new URL('../../server', import.meta.url));
// The built server as `npm run serve` starts it (server/package.json's start script, flags included).
const startScript = (
  JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start;
const server = spawn(process.execPath, startScript.split(' ').slice(1), {
  cwd: serverDir,
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'aq-speed-')),
    LOG_LEVEL: 'warn',
  },
  stdio: 'inherit',
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      if (i > 200) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const created = (await (
    await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setup: { ...defaultAquariumSetup('fi'), title: 'Nopeustesti' } }),
    })
  ).json()) as CreateSessionResponse;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows: { fcp: number; form: number; bytes: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A new context each run: nothing cached, as for a phone opening the link the first time.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slow4g);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
    const start = Date.now();
    await page.goto(`${base}/j/${created.joinCode}`);
    await page.getByRole('radio').first().waitFor();
    const form = Date.now() - start;
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    rows.push({ fcp, form, bytes });
    await context.close();
  }
  await browser.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `Join page on an emulated mid-range phone (slow 4G: 150 ms, 1.6 Mbit/s down; CPU ${cpuSlowdown}× slower), ${RUNS} cold loads`,
  );
  console.log('| figure | median | worst |\n| --- | --- | --- |');
  console.log(
    `| first contentful paint | ${median(rows.map((r) => r.fcp)).toFixed(0)} ms | ${Math.max(...rows.map((r) => r.fcp)).toFixed(0)} ms |`,
  );
  console.log(
    `| join form usable | ${median(rows.map((r) => r.form))} ms | ${Math.max(...rows.map((r) => r.form))} ms |`,
  );
  console.log(`| bytes transferred | ${(median(rows.map((r) => r.bytes)) / 1024).toFixed(0)} KB | |`);
} finally {
  server.kill('SIGTERM');
}
