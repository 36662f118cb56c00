import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VenueAddresses } from './venue.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Enough of a socket.io socket for VenueAddresses: it listens for the connection closing. */
const connection = () => {
  const socket = Object.assign(new EventEmitter(), { conn: new EventEmitter() });
  return { socket: socket as unknown as Socket, close: () => socket.conn.emit('close') };
};

/** Nodes wired to each other as the adapter would: a share reaches every other node, while `hearing` holds. */
const cluster = (count: number) => {
  const net = { hearing: true };
  const nodes: VenueAddresses[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push(
      new VenueAddresses({
        share: (sessionId, addresses) =>
          nodes.forEach((n, j) => {
            if (j !== i && net.hearing) n.receive(`node${i}`, sessionId, addresses);
          }),
        canHear: () => net.hearing,
        now: () => Date.now(),
      }),
    );
  }
  return { nodes, net };
};

describe('VenueAddresses', () => {
  it("knows a session's venue on every node, for that session only, until its last staff connection closes", () => {
    const { nodes } = cluster(2);
    const [a, b] = nodes as [VenueAddresses, VenueAddresses];
    const laptop = connection();
    const projector = connection();
    a.add('s1', '203.0.113.5', laptop.socket);
    a.add('s1', '203.0.113.5', projector.socket);

    expect(a.has('s1', '203.0.113.5')).toBe(true);
    expect(b.has('s1', '203.0.113.5')).toBe(true);
    expect(b.has('s2', '203.0.113.5')).toBe(false);
    expect(b.has('s1', '198.51.100.9')).toBe(false);
    expect(b.hasAny('203.0.113.5')).toBe(true);
    expect(b.hasAny('198.51.100.9')).toBe(false);

    laptop.close();
    expect(b.has('s1', '203.0.113.5')).toBe(true);
    projector.close();
    expect(a.has('s1', '203.0.113.5')).toBe(false);
    expect(b.has('s1', '203.0.113.5')).toBe(false);
    expect(b.hasAny('203.0.113.5')).toBe(false);
  });

  it('forgets a node that stopped repeating itself (it died), but not while Redis is out of reach', () => {
    const { nodes, net } = cluster(2);
    const [a, b] = nodes as [VenueAddresses, VenueAddresses];
    a.add('s1', '203.0.113.5', connection().socket);
    vi.advanceTimersByTime(30_000);
    expect(b.has('s1', '203.0.113.5')).toBe(true);

    // Redis is out: nobody hears anybody, and nothing heard before is dropped meanwhile.
    net.hearing = false;
    vi.advanceTimersByTime(60_000);
    expect(b.has('s1', '203.0.113.5')).toBe(true);
    net.hearing = true;

    // Node a dies: it no longer repeats, and after three periods b forgets its addresses.
    a.stop();
    vi.advanceTimersByTime(3000 * 5);
    expect(b.has('s1', '203.0.113.5')).toBe(false);
  });

  it('holds nothing for a session once its staff are gone (no growth over a day of sessions)', () => {
    const { nodes } = cluster(2);
    const [a, b] = nodes as [VenueAddresses, VenueAddresses];
    for (let i = 0; i < 1000; i++) {
      const c = connection();
      a.add(`s${i}`, `10.0.${i % 250}.1`, c.socket);
      c.close();
    }
    expect(a.hasAny('10.0.1.1')).toBe(false);
    expect(b.hasAny('10.0.1.1')).toBe(false);
    expect((a as unknown as { own: Map<string, unknown> }).own.size).toBe(0);
  });
});
