import { afterEach, describe, expect, it } from 'vitest';
import { busySession, keepBusy, sleep, until } from './cluster.js';
import { recordFigures } from './figures.js';
import { expectConverged, freshCluster, settle } from './settle.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe.skipIf(!databaseUrl)('graceful shutdown (SIGTERM) of a node while 50 phones send', () => {
  it('finishes what it had, exits 0, and every client goes on on the other node: nothing lost or doubled', async () => {
    const { c, schema } = await freshCluster(databaseUrl!, cleanup);
    const [stay, leaving] = [await c.start(), await c.start()];
    // Half the phones on the node that leaves; once it is gone they reconnect to the one that runs, as they
    // would through the proxy.
    const phoneUrls = (i: number) => () =>
      i % 2 === 1 && c.alive().includes(leaving.url) ? [leaving.url] : [stay.url];
    const session = await busySession(() => [stay.url, leaving.url], {
      phones: 50,
      staffNode: 1,
      screenNode: 0,
      phoneNodes: [0, 1],
      phoneUrls,
    });
    cleanup.push(() => session.clients.forEach((cl) => cl.close()));
    const stop = keepBusy(session);
    const onLeaving = () => session.clients.filter((cl) => cl.dialed === leaving.url && cl.connected).length;
    await until(() => onLeaving() >= 25, 30_000, 'half the phones and the console on the node that leaves');
    await sleep(1000);

    const termAt = Date.now();
    const code = await c.terminate(leaving);
    const drainedMs = Date.now() - termAt;
    const movedMs = await until(
      () => session.clients.every((cl) => cl.connected && cl.dialed === stay.url),
      30_000,
      'every client is on the node that stays',
    );
    await sleep(1000);
    await stop();
    const settled = await settle(session, stay.url, schema.url);
    const figures = {
      phones: session.phones.length,
      exitCode: code,
      sigtermToExitMs: drainedMs,
      everyClientOnOtherNodeMs: drainedMs + movedMs,
      commands: settled.done.made,
      answers: settled.done.byCode,
      ...settled.figures,
    };
    recordFigures('shutdown', figures);
    expect(figures.exitCode).toBe(0);
    expectConverged(settled);
  }, 240_000);
});
