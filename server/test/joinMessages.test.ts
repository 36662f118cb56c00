// What a join costs in messages (issue #24): a phone is told the server's status only when something is
// wrong, and the staff hear every phone that joined, in order, whatever the grouping of their writes.
import { ErrorCode, PROTOCOL_VERSION, type SessionEvent } from '@aquarium/shared';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from './cluster.js';
import { startServer } from './helper.js';

let server: Awaited<ReturnType<typeof startServer>>;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server.close();
});

/** Connects with a token and syncs; returns every message the socket received up to the sync's answer. */
const connectAndSync = async (token: string) => {
  const s = io(server.url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(s);
  const heard: string[] = [];
  s.onAny((name: string) => heard.push(name));
  await new Promise<void>((resolve, reject) => {
    s.once('connect', resolve);
    s.once('connect_error', reject);
  });
  const answer = (await s.timeout(10_000).emitWithAck('sync:request', { lastSeq: 0 })) as {
    ok: boolean;
    events: SessionEvent[];
  };
  return { socket: s, heard, answer };
};

describe('joining, message by message', () => {
  it('tells a phone nothing before its sync answer when all is well, and the staff every join in order', async () => {
    server = await startServer();
    const session = await server.createSession();
    const staff = await connectAndSync(session.links.facilitator.split('#')[1]!);
    const joined: SessionEvent[] = [];
    staff.socket.on('session:events', (events: SessionEvent[]) =>
      joined.push(...events.filter((e) => e.type === 'participant.joined')),
    );
    // Twenty phones at once: their writes share group commits, their events reach the staff all the same.
    const phones = await Promise.all(Array.from({ length: 20 }, () => server.join(session.joinCode)));
    await until(() => joined.length === 20, 10_000, 'the staff hear every phone');
    const seqs = joined.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(joined.map((e) => (e.data as { participant: { id: string } }).participant.id))).toEqual(
      new Set(phones.map((p) => p.participantId)),
    );

    const phone = await connectAndSync(phones[0]!.token);
    expect(phone.answer.ok).toBe(true);
    // No `server:status` (nor anything else) ahead of the answer: a new connection starts as all well.
    expect(phone.heard).toEqual([]);
  });

  it('tells a phone the status before its sync answer when the broadcast between nodes is delayed', async () => {
    server = await startServer({ app: { broadcast: { ok: () => false, onChange: () => undefined } } });
    const session = await server.createSession();
    const { token } = await server.join(session.joinCode);
    const phone = await connectAndSync(token);
    expect(phone.answer.ok).toBe(true);
    expect(phone.heard).toEqual(['server:status']);
  });

  it("lets a phone in with the grant its join just wrote, once, and not after its session's deletion", async () => {
    server = await startServer();
    const session = await server.createSession();
    const staff = await connectAndSync(session.links.facilitator.split('#')[1]!);
    const first = await server.join(session.joinCode);
    const phone = await connectAndSync(first.token);
    expect(phone.answer.ok).toBe(true);
    // The same token again (a reconnect): read from the tokens table, as any later handshake is.
    phone.socket.disconnect();
    expect((await connectAndSync(first.token)).answer.ok).toBe(true);

    // A phone joins, its session is deleted before its socket connects: the handshake is refused.
    const late = await server.join(session.joinCode);
    expect(await staff.socket.emitWithAck('session:delete', { joinCode: session.joinCode })).toEqual({ ok: true });
    await expect(connectAndSync(late.token)).rejects.toThrow(ErrorCode.Unauthorized);
  });
});
