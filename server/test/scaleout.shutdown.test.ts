import { afterEach, describe, expect, it } from 'vitest';
import { freshSchema } from '../src/storage/testSchema.js';
import {
  ackedLost,
  busySession,
  cluster,
  compareWithFullSync,
  expectedHeads,
  keepBusy,
  outcomes,
  sleep,
  storedLog,
  until,
} from './cluster.js';
import { privateRedis } from './faults.js';
import { recordFigures } from './figures.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe.skipIf(!databaseUrl)('graceful shutdown (SIGTERM) of a node while 50 phones send', () => {
  it('finishes what it had, exits 0, and every client goes on on the other node: nothing lost or doubled', async () => {
    const schema = await freshSchema(databaseUrl!);
    cleanup.push(() => schema.drop());
    const redis = await privateRedis();
    cleanup.push(() => redis.close());
    const c = await cluster({ DATABASE_URL: schema.url, REDIS_URL: redis.url });
    cleanup.push(() => c.stopAll());
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
    await until(() => session.clients.every((cl) => cl.waiting === 0), 30_000, 'every command answered');

    const tokens = [session.tokens.facilitator, session.tokens.screen, ...session.joins.map((j) => j.token)];
    const heads = await expectedHeads(stay.url, tokens);
    await until(() => session.clients.every((cl, i) => cl.seq === heads[i]), 15_000, 'every client reaches its head');
    const compared = await compareWithFullSync(stay.url, session.clients, tokens);
    const stored = await storedLog(schema.url, session.created.sessionId);
    const done = outcomes(session.clients);
    const figures = {
      phones: session.phones.length,
      exitCode: code,
      sigtermToExitMs: drainedMs,
      everyClientOnOtherNodeMs: drainedMs + movedMs,
      commands: done.made,
      answers: done.byCode,
      ...compared,
      ackedLost: ackedLost(session.clients, stored.thoughtIds),
      doubled: stored.doubled,
      gaps: stored.gaps,
    };
    recordFigures('shutdown', figures);
    expect(figures.exitCode).toBe(0);
    expect(figures.neverShown).toBe(0);
    expect(figures.differing).toBe(0);
    expect(figures.ackedLost).toBe(0);
    expect(figures.doubled).toBe(0);
    expect(figures.gaps).toBe(0);
    expect(done.unanswered).toBe(0);
    expect(done.uncoded).toBe(0);
  }, 240_000);
});
