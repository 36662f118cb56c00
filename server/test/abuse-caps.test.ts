import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { startServer, TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const joinStatus = async (code: string) =>
  (await server.post<{ error?: { code: string } }>('/api/join', { code, stakeholderGroupId: 'g1' })).status;

describe('caps', () => {
  it('stops a session at its participant cap with SESSION_FULL', async () => {
    server = await startServer({ app: { maxParticipants: 5 } });
    const created = await server.createSession();
    for (let i = 0; i < 5; i++) expect(await joinStatus(created.joinCode)).toBe(201);
    const full = await server.post<{ error: { code: string } }>('/api/join', {
      code: created.joinCode,
      stakeholderGroupId: 'g1',
    });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('SESSION_FULL');
  });

  it('lets a venue of 100 behind one address join in a minute, and stops a script past the limit', async () => {
    server = await startServer();
    const created = await server.createSession();
    const venue = [];
    for (let i = 0; i < 100; i++) venue.push(await joinStatus(created.joinCode));
    expect(venue.every((s) => s === 201)).toBe(true);
    // A script goes on from the same address within the minute.
    const script = [];
    for (let i = 0; i < 50; i++) script.push(await joinStatus(created.joinCode));
    const admitted = 100 + script.filter((s) => s === 201).length;
    const refused = script.filter((s) => s === 429).length;
    recordFigures('joinCap', { perAddressPerMinute: 120, venueJoined: 100, scriptTried: 150, admitted, refused });
    expect(admitted).toBe(120);
    expect(refused).toBe(30);
  });

  it('caps websockets per token and per address', async () => {
    server = await startServer({ app: { connectionsPerAddress: 25 } });
    const created = await server.createSession();
    const token = (await server.join(created.joinCode)).token;
    // One token: ten connections (tabs, a reconnect overlapping its old socket), not a thousand.
    const attempts = await Promise.allSettled(Array.from({ length: 40 }, () => TestClient.connect(server.url, token)));
    const open = attempts
      .filter((a) => a.status === 'fulfilled')
      .map((a) => (a as PromiseFulfilledResult<TestClient>).value);
    const refusedByToken = attempts.filter((a) => a.status === 'rejected');
    expect(open).toHaveLength(10);
    expect(refusedByToken.every((a) => String((a as PromiseRejectedResult).reason).includes('RATE_LIMITED'))).toBe(
      true,
    );
    // Closing one frees its place.
    const closed = open.pop()!;
    closed.socket.disconnect();
    let again: TestClient | null = null;
    for (let i = 0; i < 50 && !again; i++) {
      again = await TestClient.connect(server.url, token).catch(() => null);
      if (!again) await new Promise((r) => setTimeout(r, 20));
    }
    expect(again).not.toBeNull();
    open.push(again!);

    // One address: 25 connections in all, whatever tokens it holds.
    const tokens = await Promise.all(
      Array.from({ length: 20 }, async () => (await server.join(created.joinCode)).token),
    );
    const more = await Promise.allSettled(tokens.map((t) => TestClient.connect(server.url, t)));
    const moreOpen = more
      .filter((a) => a.status === 'fulfilled')
      .map((a) => (a as PromiseFulfilledResult<TestClient>).value);
    expect(open.length + moreOpen.length).toBe(25);
    recordFigures('connectionCaps', {
      perToken: 10,
      triedWithOneToken: attempts.length,
      acceptedWithOneToken: 10,
      perAddress: 25,
      acceptedFromOneAddress: open.length + moreOpen.length,
    });
    for (const c of [...open, ...moreOpen]) c.socket.disconnect();
  });
});
