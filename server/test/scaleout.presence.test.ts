import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { createSession, joinSession, TestClient } from '@aquarium/testkit';
import { freshCluster } from './settle.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** What the README promises: a dead node's connections leave the console's presence within this. */
const PROMISED_MS = 12_000;

describe.skipIf(!databaseUrl)('presence when a node dies', () => {
  it(`drops the dead node's phones from the console within ${PROMISED_MS / 1000} s`, async () => {
    const { c } = await freshCluster(databaseUrl!, cleanup);
    const [stay, victim] = [await c.start(), await c.start()];
    const made = await createSession(stay.url, { title: 'Läsnäolo' });
    const facilitator = await TestClient.connect(stay.url, made.tokens.facilitator);
    cleanup.push(() => facilitator.socket.disconnect());
    const joins = await Promise.all([1, 2, 3, 4, 5].map(() => joinSession(victim.url, made.joinCode, 'g1')));
    const phones = await Promise.all(joins.map((j) => TestClient.connect(victim.url, j.token)));
    cleanup.push(() => phones.forEach((p) => p.socket.disconnect()));
    await facilitator.untilPresence((p) => p.participantIds.length === 5, 10_000);

    c.kill(victim);
    const killedAt = Date.now();
    await facilitator.untilPresence((p) => p.participantIds.length === 0, PROMISED_MS + 5000);
    const droppedAfterMs = Date.now() - killedAt;
    recordFigures('presence', { phonesOnDeadNode: 5, droppedAfterMs, promisedMs: PROMISED_MS });
    expect(droppedAfterMs).toBeLessThanOrEqual(PROMISED_MS);
  });
});
