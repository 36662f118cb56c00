// A venue behind one address joins its whole audience at once; an outsider keeps the ordinary limit.
import { PROTOCOL_VERSION, type JoinResponse } from '@aquarium/shared';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './helper.js';

const VENUE = '203.0.113.5';
const OUTSIDER = '198.51.100.9';

let server: Awaited<ReturnType<typeof startServer>>;
afterEach(async () => server.close());

describe('joins from a venue address', () => {
  it("lets the venue's phones join past the per-address limit while an outsider is stopped at it", async () => {
    server = await startServer({ app: { trustProxy: ['127.0.0.1'], joinsPerMinute: 3, venueJoinsPerMinute: 50 } });
    const venueSession = await server.createSession();
    const otherSession = await server.createSession();
    const joinFrom = async (address: string, code: string) => {
      const res = await fetch(`${server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ code, stakeholderGroupId: 'g1' }),
      });
      return { status: res.status, body: (await res.json()) as JoinResponse | { error: { code: string } } };
    };

    // Before the facilitator is connected, the venue's address is an address like any other.
    const early = [];
    for (let i = 0; i < 4; i++) early.push((await joinFrom(VENUE, venueSession.joinCode)).status);
    expect(early).toEqual([201, 201, 201, 429]);

    // The facilitator's laptop in the room connects from the venue's address.
    const facilitator = io(server.url, {
      auth: { token: venueSession.links.facilitator.split('#')[1], protocolVersion: PROTOCOL_VERSION },
      transports: ['websocket'],
      extraHeaders: { 'x-forwarded-for': VENUE },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      facilitator.once('connect', resolve);
      facilitator.once('connect_error', reject);
    });
    try {
      const outsider = [];
      for (let i = 0; i < 5; i++) outsider.push((await joinFrom(OUTSIDER, venueSession.joinCode)).status);
      expect(outsider).toEqual([201, 201, 201, 429, 429]);

      const venue = await Promise.all(Array.from({ length: 40 }, () => joinFrom(VENUE, venueSession.joinCode)));
      expect(venue.map((r) => r.status)).toEqual(Array(40).fill(201));
      // The venue allowance is for this session only: the same address joining another session is ordinary.
      expect((await joinFrom(VENUE, otherSession.joinCode)).status).toBe(429);
    } finally {
      facilitator.disconnect();
    }
  });
});
