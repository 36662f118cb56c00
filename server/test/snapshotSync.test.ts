// A console or projector far behind catches up from its audience's folded state, not the whole log.
import { PROTOCOL_VERSION, reduceAll, type SessionEvent, type SyncAck } from '@aquarium/shared';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** A raw connection that asks for a snapshot, as the browser does. */
const rawSync = async (token: string, lastSeq: number) => {
  const socket = connect(server.url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const live: SessionEvent[] = [];
  socket.on('session:events', (events) => live.push(...events));
  const ack = (await socket.emitWithAck('sync:request', { lastSeq, snapshot: true })) as SyncAck;
  if (!ack.ok) throw new Error(ack.error.message);
  return { socket, ack, live };
};

const same = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe('catching up from a snapshot', () => {
  it('sends staff and the projector their folded state at the head, phones their events, and goes on from there', async () => {
    server = await server_();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const scribe = await server.connect(created.tokens.scribe);
    const anna = await server.join(created.joinCode, 'g1', 'Anna');
    const phone = await server.connect(anna.token);
    await facilitator.send('session:start');
    await phone.send('thought:submit', {
      thoughtId: 'tPending',
      text: 'SECRET-PENDING',
      questionId: 'q1',
      showName: false,
    });
    for (let i = 0; i < 150; i++)
      await scribe.send('note:add', { noteId: `n${i}`, text: `muistiinpano ${i}`, questionId: 'q1' });
    const screenRef = await server.connect(created.tokens.screen);

    // Staff: the state a full catch-up folds, at the staff head, with no events after it.
    const staff = await rawSync(created.tokens.facilitator, 0);
    expect(staff.ack.ok && staff.ack.snapshot?.seq).toBe(staff.ack.ok && staff.ack.head);
    same(staff.ack.ok && staff.ack.snapshot, facilitator.state);
    expect(staff.ack.ok && staff.ack.events).toEqual([]);

    // The projector: its own view (no pending thought), as a full catch-up folds it.
    const screen = await rawSync(created.tokens.screen, 0);
    same(screen.ack.ok && screen.ack.snapshot, screenRef.state);
    expect(JSON.stringify(screen.ack)).not.toContain('SECRET-PENDING');

    // A phone never gets one: its catch-up reads its own index.
    const fromPhone = await rawSync(anna.token, 0);
    expect(fromPhone.ack.ok && fromPhone.ack.snapshot).toBeUndefined();
    same(reduceAll(null, fromPhone.ack.ok ? fromPhone.ack.events : []), phone.state);

    // A console a few events behind gets those events, not a snapshot.
    const near = await rawSync(created.tokens.scribe, facilitator.state!.seq - 3);
    expect(near.ack.ok && near.ack.snapshot).toBeUndefined();
    expect(near.ack.ok && near.ack.events.map((e) => e.seq)).toEqual(
      facilitator.received.filter((e) => e.seq > facilitator.state!.seq - 3).map((e) => e.seq),
    );

    // Installed, the snapshot goes on with live events as any state does.
    let installed = staff.ack.ok ? staff.ack.snapshot! : null;
    await scribe.send('note:add', { noteId: 'after', text: 'jälkeen', questionId: 'q1' });
    await until(() => staff.live.length > 0);
    installed = reduceAll(installed, staff.live);
    await until(() => facilitator.state!.seq === installed!.seq);
    same(installed, facilitator.state);
    // And the state kept on the server did not fold again: a second snapshot is the same state, newer.
    const again = await rawSync(created.tokens.facilitator, 0);
    same(again.ack.ok && again.ack.snapshot, facilitator.state);
    for (const c of [staff, screen, fromPhone, near, again]) c.socket.disconnect();
  });

  it('sends events, as before, to a client that does not ask for a snapshot', async () => {
    server = await server_();
    const created = await server.createSession();
    const scribe = await server.connect(created.tokens.scribe);
    for (let i = 0; i < 120; i++) {
      const ack = await scribe.send('note:add', { noteId: `n${i}`, text: `n ${i}`, questionId: 'q1' });
      expect(ack.ok).toBe(true);
    }
    const fresh: TestClient = await server.connect(created.tokens.facilitator);
    expect(fresh.received.length).toBeGreaterThan(120);
    same(fresh.state, scribe.state);
  });
});

const server_ = () => startServer();
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};
