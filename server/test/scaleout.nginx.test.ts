import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { busySession, keepBusy, sleep, until } from './cluster.js';
import { recordFigures } from './figures.js';
import { expectConverged, freshCluster, settle } from './settle.js';
import { startNginx } from './nginx.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const METRICS = 'scaleout-behind-nginx-metrics';
const connectionsOn = async (url: string) => {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text();
  return [...text.matchAll(/^aquarium_connections\{role="\w+"\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
};

// The README's deployment as CI runs it: deploy/nginx/*.conf in front of two nodes on PostgreSQL and Redis.
describe.skipIf(!databaseUrl)("two nodes behind nginx (the README's deploy/nginx files)", () => {
  it('spreads websockets over both nodes; when one dies its phones go on through nginx with nothing lost', async () => {
    const { c, schema } = await freshCluster(databaseUrl!, cleanup, {
      TRUST_PROXY: 'loopback',
      METRICS_TOKEN: METRICS,
    });
    const [a, b] = [await c.start(), await c.start()];
    const nginx = await startNginx([a, b].map((n) => Number(new URL(n.url).port)));
    cleanup.push(() => (nginx.process as ChildProcess).kill('SIGKILL'));
    const proxy = `http://127.0.0.1:${nginx.port}`;

    // Everyone connects through nginx only, as browsers do.
    const session = await busySession(() => [proxy], { phones: 30, staffNode: 0, screenNode: 0, phoneNodes: [0] });
    cleanup.push(() => session.clients.forEach((cl) => cl.close()));
    const stop = keepBusy(session);
    await sleep(2000);
    const before = { a: await connectionsOn(a.url), b: await connectionsOn(b.url) };

    c.kill(b);
    await sleep(1000);
    await until(() => session.clients.every((cl) => cl.connected), 30_000, 'every client reconnected through nginx');
    await sleep(2000);
    await stop();
    const settled = await settle(session, a.url, schema.url);
    const figures = {
      clients: session.clients.length,
      connectionsBeforeKill: before,
      connectionsAfterOnA: await connectionsOn(a.url),
      reconnects: session.clients.reduce((n, cl) => n + cl.reconnects, 0),
      ...settled.figures,
    };
    recordFigures('nginx', figures);
    expect(before.a).toBeGreaterThan(0);
    expect(before.b).toBeGreaterThan(0);
    expect(before.a + before.b).toBe(session.clients.length);
    expect(figures.connectionsAfterOnA).toBe(session.clients.length);
    expectConverged(settled);
  }, 240_000);
});
