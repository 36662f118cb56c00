import { ErrorCode, PROTOCOL_VERSION, type SessionEvent, type SyncAck } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { Wire, wireUrl, type DisconnectReason } from '../../client/src/net/wire.js';
import { startServer, type TestServer } from './helper.js';
import { until } from './cluster.js';

/**
 * The browser's socket.io client (`client/src/net/wire.ts`, in place of socket.io-client on the phone) against the
 * real server: Node's own WebSocket is the browser's.
 */
let server: TestServer;
const wires: Wire[] = [];
afterEach(async () => {
  for (const w of wires.splice(0)) w.removeAllListeners().disconnect();
  await server.close();
});

const open = (token: string) => {
  const wire = new Wire(wireUrl(server.url), { protocolVersion: PROTOCOL_VERSION, token });
  wires.push(wire);
  return wire;
};
const connected = (wire: Wire) => new Promise<void>((resolve) => wire.on('connect', resolve));
const sync = (wire: Wire) =>
  new Promise<SyncAck>((resolve, reject) =>
    wire.timeout(10_000).emit('sync:request', { lastSeq: 0 }, (err, res) => (err ? reject(err) : resolve(res))),
  );

describe('the browser socket client', () => {
  it('connects with its token, syncs, sends a command and hears what others do', async () => {
    server = await startServer();
    const created = await server.createSession();
    const phone = await server.join(created.joinCode);
    const wire = open(phone.token);
    const heard: SessionEvent[] = [];
    wire.on('session:events', (events) => heard.push(...events));
    await connected(wire);
    expect(wire.connected).toBe(true);

    const first = await sync(wire);
    expect(first.ok && first.role).toBe('participant');

    const facilitator = await server.connect(created.tokens.facilitator);
    await facilitator.send('session:start');
    await until(() => heard.some((e) => e.type === 'phase.entered'), 30_000, 'the start heard');

    const answer = await new Promise((resolve) =>
      wire.emit(
        'thought:submit',
        {
          commandId: 'command-0000000000001',
          thoughtId: 'thought-00000000000001',
          text: 'Hyvä.',
          questionId: 'q1',
          showName: false,
        },
        resolve,
      ),
    );
    expect(answer).toEqual({ ok: true, seq: expect.any(Number) });
  });

  it('reports a refused token by its code and, told to stop, does not try again', async () => {
    server = await startServer();
    const wire = open('not-a-token');
    const errors: string[] = [];
    await new Promise<void>((resolve) =>
      wire.on('connect_error', (err) => {
        errors.push(err.message);
        wire.disconnect();
        resolve();
      }),
    );
    expect(errors).toEqual([ErrorCode.Unauthorized]);
    expect(wire.connected).toBe(false);
  });

  it('answers the heartbeat, and reconnects by itself when the connection is cut', async () => {
    server = await startServer();
    const created = await server.createSession();
    const wire = open(created.tokens.facilitator);
    const reasons: DisconnectReason[] = [];
    wire.on('disconnect', (reason) => reasons.push(reason));
    let connects = 0;
    wire.on('connect', () => (connects += 1));
    await until(() => connects === 1, 30_000, 'connected');

    // The server pings every 2.5 s and drops a client that does not answer within 2.5 s: three answered pings.
    const [conn] = [...(await server.io.fetchSockets())].map((s) => server.io.sockets.sockets.get(s.id)!.conn);
    let pongs = 0;
    conn!.on('heartbeat', () => (pongs += 1));
    await until(() => pongs >= 3, 30_000, 'three pings answered');
    expect(reasons).toEqual([]);

    // The transport is cut without a goodbye (a network drop): it says so, and connects again with backoff.
    conn!.close();
    await until(() => connects === 2, 30_000, 'connected again');
    expect(reasons).toEqual(['transport close']);
    expect((await sync(wire)).ok).toBe(true);
  });

  it('stops when the server ends the connection, until told to connect again', async () => {
    server = await startServer();
    const created = await server.createSession();
    const wire = open(created.tokens.facilitator);
    const reasons: DisconnectReason[] = [];
    wire.on('disconnect', (reason) => reasons.push(reason));
    await connected(wire);
    server.io.disconnectSockets();
    await until(() => reasons.length === 1, 30_000, 'disconnected');
    expect(reasons).toEqual(['io server disconnect']);
    expect(wire.connected).toBe(false);
    const again = connected(wire);
    wire.connect();
    await again;
    expect((await sync(wire)).ok).toBe(true);
  });
});
