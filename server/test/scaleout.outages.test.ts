import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { busySession, keepBusy, sleep, until } from './cluster.js';
import { tcpProxy, viaProxy } from './faults.js';
import { recordFigures } from './figures.js';
import { freshCluster, settle } from './settle.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const OUTAGE_MS = 5000;
const step = (what: string) => process.env.SHOW_NODE_LOGS && console.log(new Date().toISOString(), what);

const readyz = async (url: string) => {
  try {
    return (await fetch(`${url}/readyz`)).status;
  } catch {
    return 0;
  }
};

/**
 * Two nodes on PostgreSQL (through a proxy the test controls) and a private Redis; 50 phones, the
 * facilitator and the projector connected throughout. Midway, `fault` takes Redis or PostgreSQL away for
 * 5 s while everyone keeps working and the facilitator moves the phase, adds a theme and extends the timer.
 */
const outage = async (fault: 'redis' | 'postgres') => {
  const target = new URL(databaseUrl!);
  const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
  cleanup.push(() => proxy.close());
  const { c, schema, redis } = await freshCluster(databaseUrl!, cleanup, {}, (url) => viaProxy(url, proxy.port));
  const [a, b] = [await c.start(), await c.start()];
  const urls = () => [a.url, b.url];

  const session = await busySession(urls, { phones: 50, staffNode: 1, screenNode: 0, phoneNodes: [0, 1] });
  cleanup.push(() => session.clients.forEach((cl) => cl.close()));
  const { facilitator } = session;
  step('session ready');
  const stop = keepBusy(session);
  await sleep(1000);

  // The fault, with the facilitator's clicks during it.
  if (fault === 'redis') redis.stop();
  else await proxy.cut();
  const cutAt = Date.now();
  step('cut');
  const readiness = new Set<number>();
  const watchReady = setInterval(() => void readyz(a.url).then((s) => readiness.add(s)), 200);
  await sleep(300);
  let phaseAckAt = 0;
  const clicks = await Promise.all([
    facilitator.send('phase:next', { expectedIndex: facilitator.state!.currentPhase }).then((r) => {
      if (r.ok) phaseAckAt = Date.now();
      return r;
    }),
    facilitator.send('theme:create', { themeId: `th-${nanoid(6)}`, questionId: 'q1', name: 'Kesken katkon' }),
    facilitator.send('timer:extend', { minutes: 1 }),
  ]);
  step(`clicks ${JSON.stringify(clicks)}`);
  await sleep(Math.max(0, OUTAGE_MS - (Date.now() - cutAt)));
  if (fault === 'redis') await redis.start();
  else await proxy.restore();
  const restoredAt = Date.now();
  step('restored');
  clearInterval(watchReady);

  // The phase: pressed again if the first press was refused, once the notice of the lost storage is gone
  // (as the facilitator would, seeing it go), and again a moment later if it was still refused.
  let phaseAck = clicks[0];
  for (let tries = 0; !phaseAck.ok && tries < 10; tries++) {
    await until(() => facilitator.statuses.at(-1)?.storage === 'ok', 15_000, 'the console hears storage is back');
    phaseAck = await facilitator.send('phase:next', { expectedIndex: 0 });
    if (!phaseAck.ok) await sleep(500);
  }
  expect(phaseAck.ok).toBe(true);
  if (!clicks[0].ok) phaseAckAt = Date.now();
  await until(
    () => session.clients.every((cl) => cl.state?.currentPhase === 1),
    20_000,
    'every screen shows the new phase',
  );
  const phaseShownMs = Date.now() - phaseAckAt;
  await sleep(1000);
  step('phase shown');
  await stop();
  step('stopped');
  // Nothing is written any more: every screen converges to the stored log by itself.
  const { done, convergedMs, figures: settled } = await settle(session, b.url, schema.url);
  const readyAfter = [await readyz(a.url), await readyz(b.url)];
  const figures = {
    outageMs: restoredAt - cutAt,
    clients: session.clients.length,
    commands: done.made,
    answers: done.byCode,
    heldThenCompleted: done.held,
    clicksDuringOutage: clicks.map((r) => (r.ok ? 'ok' : r.error.code)),
    readinessDuringOutage: [...readiness].sort(),
    readinessAfter: readyAfter,
    phaseAcked: clicks[0].ok ? 'during the outage' : 'pressed again after it',
    phaseOnEveryScreenAfterAckMs: phaseShownMs,
    convergedAfterLastWriteMs: convergedMs,
    headSyncs: session.clients.reduce((n, cl) => n + cl.headSyncs, 0),
    reconnects: session.clients.reduce((n, cl) => n + cl.reconnects, 0),
    ...settled,
    nodesRunning: c.alive().length,
  };
  if (process.env.SHOW_NODE_LOGS) console.log(c.logs.join(''));
  return figures;
};

describe.skipIf(!databaseUrl)('outages under load: two nodes, 50 phones', () => {
  for (const fault of ['redis', 'postgres'] as const) {
    it(`${fault} gone for 5 s: every node stays up and every screen converges to the stored log`, async () => {
      const f = await outage(fault);
      recordFigures(`outage-${fault}`, f);
      expect(f.nodesRunning).toBe(2);
      expect(f.neverShown).toBe(0);
      expect(f.lateLeft).toBe(0);
      expect(f.differing).toBe(0);
      expect(f.ackedLost).toBe(0);
      expect(f.doubled).toBe(0);
      expect(f.gaps).toBe(0);
      expect(f.answers.unanswered ?? 0).toBe(0);
      expect(f.readinessAfter).toEqual([200, 200]);
      if (fault === 'postgres') {
        // Readiness failed while the database was gone; commands were refused with a code, not lost.
        expect(f.readinessDuringOutage).toContain(503);
        expect(f.heldThenCompleted).toBeGreaterThan(0);
      }
    });
  }
});
