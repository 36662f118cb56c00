// A venue behind one address joins its whole audience through any node, not only the node its staff are on.
import { createSession } from '@aquarium/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from './cluster.js';
import { connectFrom, joinFrom } from './kit/fromAddress.js';
import { freshCluster } from './settle.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const VENUE = '203.0.113.5';
const OUTSIDER = '198.51.100.9';

describe.skipIf(!databaseUrl)('a venue on several nodes', () => {
  it("lets the hall's phones join through a node its staff are not connected to", async () => {
    const { c } = await freshCluster(databaseUrl!, cleanup, { TRUST_PROXY: 'loopback', JOINS_PER_MINUTE: '3' });
    const [staffNode, phoneNode] = [await c.start(), await c.start()];
    const made = await createSession(staffNode.url, { title: 'Sali' });

    // Before anyone of the staff is connected, the hall is an ordinary address on every node.
    const early = [];
    for (let i = 0; i < 4; i++) early.push(await joinFrom(phoneNode.url, VENUE, made.joinCode));
    expect(early).toEqual([201, 201, 201, 429]);

    // The projector in the hall connects to the other node.
    const projector = await connectFrom(staffNode.url, made.tokens.screen, VENUE);
    cleanup.push(() => projector.disconnect());

    // The phones' node hears of the venue through Redis (a refused try spends nothing of the venue's allowance).
    let first = 0;
    await until(
      async () => (first = await joinFrom(phoneNode.url, VENUE, made.joinCode)) === 201,
      10_000,
      "the phones' node knows the venue",
    );
    const hall = await Promise.all(Array.from({ length: 30 }, () => joinFrom(phoneNode.url, VENUE, made.joinCode)));
    expect(hall).toEqual(Array(30).fill(201));
    expect(first).toBe(201);
    // An outsider keeps the ordinary limit on that node too.
    const outsider = [];
    for (let i = 0; i < 4; i++) outsider.push(await joinFrom(phoneNode.url, OUTSIDER, made.joinCode));
    expect(outsider).toEqual([201, 201, 201, 429]);

    // Once the projector has left, the hall is an ordinary address again on the phones' node.
    projector.disconnect();
    await until(
      async () => (await joinFrom(phoneNode.url, VENUE, made.joinCode)) === 429,
      10_000,
      'the venue is forgotten on the other node',
    );
  });
});
