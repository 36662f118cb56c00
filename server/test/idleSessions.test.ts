import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock, startServer, type TestServer } from './helper.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const IDLE = 10 * 60_000;

describe('sessions nobody uses leave memory', () => {
  it('keeps a session while someone is connected, lets it go once idle, and rebuilds it intact on next use', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    const session = await server.createSession();
    const scribe = await server.connect(session.tokens.scribe);
    await scribe.send('note:add', { noteId: 'n1', text: 'Yhteistyö toimi', questionId: 'q1' });
    const { registry } = server;
    expect(registry.size).toBe(1);

    // Connected: never unloaded, however long it is quiet.
    clock.advance(IDLE * 3);
    expect(registry.unloadIdle(clock.now(), IDLE)).toEqual([]);

    scribe.socket.disconnect();
    await new Promise<void>((r) => {
      const check = () => (registry.unloadIdle(clock.now(), 0).length > 0 ? r() : setTimeout(check, 10));
      // Idle time counts from the last connection's close; with 0 ms allowed it goes as soon as that is seen.
      check();
    });
    expect(registry.size).toBe(0);
    expect(registry.peek(session.sessionId)).toBeUndefined();

    // Its next use reads it back from storage with everything in it.
    const again = await server.connect(session.tokens.scribe);
    expect(again.state?.notes.n1?.text).toBe('Yhteistyö toimi');
    expect((await again.send('note:add', { noteId: 'n2', text: 'Toinen', questionId: 'q1' })).ok).toBe(true);
    expect(registry.size).toBe(1);
  });

  it('waits the idle time after the last use before letting a session go', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    const session = await server.createSession();
    const scribe = await server.connect(session.tokens.scribe);
    scribe.socket.disconnect();
    // The server has seen the close (its disconnect handlers run in the same turn as the count drops).
    await expect.poll(() => server!.io.engine.clientsCount).toBe(0);
    clock.advance(IDLE - 1000);
    expect(server.registry.unloadIdle(clock.now(), IDLE)).toEqual([]);
    clock.advance(2000);
    expect(server.registry.unloadIdle(clock.now(), IDLE)).toEqual([session.sessionId]);
  });
});

describe('a day of sessions', () => {
  it('leaves no entry behind for sessions unloaded, deleted, or asked for after their deletion', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    const { registry } = server;
    for (let i = 0; i < 3; i++) {
      const session = await server.createSession();
      const facilitator = await server.connect(session.tokens.facilitator);
      await server.connect((await server.join(session.joinCode)).token);
      if (i === 0) {
        // Deleted while phones are connected: their sockets close after the session is gone.
        expect(await facilitator.socket.emitWithAck('session:delete', { joinCode: session.joinCode })).toEqual({
          ok: true,
        });
      } else {
        for (const client of server.clients) client.socket.disconnect();
      }
    }
    await expect
      .poll(() => {
        registry.unloadIdle(clock.now(), 0);
        return { inMemory: registry.size, remembered: registry.remembered };
      })
      .toEqual({ inMemory: 0, remembered: 0 });
  });
});
