import { afterEach, describe, expect, it } from 'vitest';
import { busySession, keepBusy, sleep, storedLog, until } from './cluster.js';
import { recordFigures } from './figures.js';
import { expectConverged, freshCluster, settle } from './settle.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/**
 * Every kill asserts the same things (the dead node's last events on every screen, nothing lost or doubled);
 * `npm test` kills 6 nodes, `npm run report:reliability` 20 for the figures in docs/RELIABILITY.md.
 */
const KILLS = Number(process.env.KILLS ?? 6);

describe.skipIf(!databaseUrl)('kill -9 of a node while 50 phones send', () => {
  it(`${KILLS} times: the dead node's last events reach every screen on the other node; nothing lost or doubled`, async () => {
    const { c, schema } = await freshCluster(databaseUrl!, cleanup);
    // Node 0 stays, with the console, the projector and half the phones. The others are killed one after
    // another, each with the other half of the phones on it, which move on to the next.
    const stay = await c.start();
    // Started one after another in the background (a start costs a second or more of CPU).
    let chain: Promise<unknown> = Promise.resolve();
    const victims = Array.from({ length: KILLS }, () => {
      const next = chain.then(() => c.start());
      chain = next;
      return next;
    });
    let current = await victims[0]!;
    const urls = () => [stay.url, current.url];

    // Half the phones on the node that stays; the other half on the victim, moving to the next one each time.
    const session = await busySession(urls, {
      phones: 50,
      staffNode: 0,
      screenNode: 0,
      phoneNodes: [0, 1],
      phoneUrls: (i) => (i % 2 === 0 ? () => [stay.url] : () => [current.url]),
    });
    cleanup.push(() => session.clients.forEach((cl) => cl.close()));
    const stop = keepBusy(session);

    // Each kill: while everyone sends, the node dies; its phones move to the other nodes.
    const caughtUpMs: number[] = [];
    const phonesOnVictim: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const next = k + 1 < KILLS ? await victims[k + 1]! : null;
      const victim = current;
      const there = () => session.phones.filter((p) => p.dialed === victim.url && p.connected).length;
      await until(() => there() >= 25, 30_000, `the phones are back on a node before kill ${k + 1}`);
      await sleep(300 + Math.random() * 500);
      phonesOnVictim.push(there());
      c.kill(victim);
      const killedAt = Date.now();
      // After the last kill its phones come to the node that stayed.
      current = next ?? stay;
      // What the dead node stored is on every screen of the node that stayed (without any reconnect there).
      const stored = await storedLog(schema.url, session.created.sessionId);
      // Every event is the console's or the projector's; both are on the node that stayed and never reconnect.
      const { facilitator, screen } = session;
      await until(
        () => Math.max(facilitator.seq, screen.seq) >= stored.head,
        15_000,
        `the console and projector catch up after kill ${k + 1}`,
      );
      caughtUpMs.push(Date.now() - killedAt);
      if (process.env.SHOW_PROGRESS) console.log(new Date().toISOString(), `kill ${k + 1}`, phonesOnVictim.at(-1));
    }
    await stop();
    const settled = await settle(session, stay.url, schema.url);
    const { done, convergedMs } = settled;
    const stored = await storedLog(schema.url, session.created.sessionId);
    const figures = {
      kills: KILLS,
      phones: session.phones.length,
      events: stored.head,
      commands: done.made,
      answers: done.byCode,
      reconnects: session.clients.reduce((n, cl) => n + cl.reconnects, 0),
      phonesOnKilledNode: `${Math.min(...phonesOnVictim)}–${Math.max(...phonesOnVictim)}`,
      headSyncs: session.clients.reduce((n, cl) => n + cl.headSyncs, 0),
      consoleCaughtUpAfterKillMaxMs: Math.max(...caughtUpMs),
      convergedAfterLastWriteMs: convergedMs,
      ...settled.figures,
      survivorsRunning: c.alive().includes(stay.url),
      staffReconnects: session.facilitator.reconnects + session.screen.reconnects,
    };
    recordFigures('kills', figures);
    if (process.env.SHOW_PROGRESS) console.log(c.logs.filter((l) => !l.includes('idle connection')).join(''));
    expect(figures.survivorsRunning).toBe(true);
    expect(figures.staffReconnects).toBe(0);
    expect(figures.lateLeft).toBe(0);
    expectConverged(settled);
  }, 400_000);
});
