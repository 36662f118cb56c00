// A venue behind one address joins its whole audience at once; an outsider keeps the ordinary limit.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './helper.js';
import { connectFrom, joinFrom as joinStatus } from './kit/fromAddress.js';

const VENUE = '203.0.113.5';
const OUTSIDER = '198.51.100.9';

let server: Awaited<ReturnType<typeof startServer>>;
afterEach(async () => server.close());

describe('joins from a venue address', () => {
  it("lets the venue's phones join past the per-address limit while an outsider is stopped at it", async () => {
    server = await startServer({ app: { trustProxy: ['127.0.0.1'], joinsPerMinute: 3, venueJoinsPerMinute: 50 } });
    const venueSession = await server.createSession();
    const otherSession = await server.createSession();
    const joinFrom = (address: string, code: string) => joinStatus(server.url, address, code);

    // Before the facilitator is connected, the venue's address is an address like any other.
    const early = [];
    for (let i = 0; i < 4; i++) early.push(await joinFrom(VENUE, venueSession.joinCode));
    expect(early).toEqual([201, 201, 201, 429]);

    // The facilitator's laptop in the room connects from the venue's address.
    const facilitator = await connectFrom(server.url, venueSession.links.facilitator.split('#')[1]!, VENUE);
    try {
      const outsider = [];
      for (let i = 0; i < 5; i++) outsider.push(await joinFrom(OUTSIDER, venueSession.joinCode));
      expect(outsider).toEqual([201, 201, 201, 429, 429]);

      const venue = await Promise.all(Array.from({ length: 40 }, () => joinFrom(VENUE, venueSession.joinCode)));
      expect(venue).toEqual(Array(40).fill(201));
      // The venue allowance is for this session only: the same address joining another session is ordinary.
      expect(await joinFrom(VENUE, otherSession.joinCode)).toBe(429);
    } finally {
      facilitator.disconnect();
    }
  });

  it("gives a venue's address a larger wrong-code allowance, so a hall's typos do not lock the hall out", async () => {
    server = await startServer({
      app: { trustProxy: ['127.0.0.1'], joinFailuresPerMinute: 3, venueJoinFailuresPerMinute: 30 },
    });
    const session = await server.createSession();
    const lookUp = async (address: string, code: string) =>
      (await fetch(`${server.url}/api/join/${code}`, { headers: { 'x-forwarded-for': address } })).status;
    const wrong = 'ZZZZ-ZZZZ';

    // Before the staff are connected, the hall is an address like any other: three typos and it waits a minute.
    const early = [];
    for (let i = 0; i < 4; i++) early.push(await lookUp(VENUE, wrong));
    expect(early).toEqual([404, 404, 404, 429]);
    expect(await lookUp(VENUE, session.joinCode)).toBe(429);

    const projector = await connectFrom(server.url, session.links.screen.split('#')[1]!, VENUE);
    try {
      // With the projector connected from the hall, twenty more typos leave the right code working there.
      for (let i = 0; i < 20; i++) expect(await lookUp(VENUE, wrong)).toBe(404);
      expect(await lookUp(VENUE, session.joinCode)).toBe(200);
      // Its allowance is still a limit: past it the hall waits too.
      for (let i = 0; i < 10; i++) await lookUp(VENUE, wrong);
      expect(await lookUp(VENUE, session.joinCode)).toBe(429);
      // An outsider keeps the ordinary allowance.
      const outsider = [];
      for (let i = 0; i < 4; i++) outsider.push(await lookUp(OUTSIDER, wrong));
      expect(outsider).toEqual([404, 404, 404, 429]);
    } finally {
      projector.disconnect();
    }
  });
});
