import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock, startServer, TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** Every byte SQLite keeps for the app: the database file and its write-ahead log. */
const fileBytes = (dataDir: string) =>
  ['aquarium.sqlite', 'aquarium.sqlite-wal']
    .map((f) => join(dataDir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');

describe('deleting a session', () => {
  it('"delete everything now" removes the text from the database file itself', async () => {
    server = await startServer();
    const keep = await server.createSession({ title: 'Toinen istunto' });
    const created = await server.createSession({ title: 'Poistettava istunto' });
    const facilitator = await server.connect(created.tokens.facilitator);
    const joined = await server.join(created.joinCode, 'g1', 'Salainen Nimi');
    const phone = await server.connect(joined.token);
    await facilitator.send('session:start');
    await phone.send('thought:submit', {
      thoughtId: 't1',
      text: 'SALAINEN-AJATUS-31337',
      questionId: 'q1',
      showName: true,
    });
    await facilitator.until((s) => !!s.thoughts.t1);
    const deleted = new Promise((resolve) => phone.socket.once('session:deleted', () => resolve(true)));
    const unicode = Buffer.from('SALAINEN-AJATUS-31337', 'utf8').toString('latin1');
    expect(fileBytes(server.dataDir)).toContain(unicode);

    expect(await facilitator.socket.emitWithAck('session:delete', { joinCode: 'WRONGCODE' })).toMatchObject({
      ok: false,
    });
    expect(await phone.socket.emitWithAck('session:delete', { joinCode: created.joinCode })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await facilitator.socket.emitWithAck('session:delete', { joinCode: created.joinCode })).toEqual({
      ok: true,
    });
    expect(await deleted).toBe(true);

    const bytes = fileBytes(server.dataDir);
    for (const secret of ['SALAINEN-AJATUS-31337', 'Salainen Nimi', 'Poistettava istunto', created.joinCode]) {
      expect(bytes, secret).not.toContain(secret);
    }
    expect(bytes).toContain('Toinen istunto');
    await expect(TestClient.connect(server.url, created.tokens.facilitator)).rejects.toThrow('UNAUTHORIZED');
    expect((await server.get(`/api/join/${created.joinCode}`)).status).toBe(404);
    expect((await server.get(`/api/join/${keep.joinCode}`)).status).toBe(200);
  });

  it('deletes ended sessions automatically when their retention runs out', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    const day = 86_400_000;
    const short = await server.createSession({ title: 'Lyhyt säilytys' });
    const standard = await server.createSession({ title: 'Oletussäilytys' });
    const running = await server.createSession({ title: 'Käynnissä' });
    const a = await server.connect(short.tokens.facilitator);
    await a.send('session:setRetention', { days: 2 });
    for (const c of [a, await server.connect(standard.tokens.facilitator)]) {
      await c.send('session:start');
      await c.send('session:end');
    }
    await server.connect(running.tokens.facilitator);

    clock.advance(3 * day);
    expect(await server.sweep()).toBe(1);
    expect((await server.get(`/api/join/${short.joinCode}`)).status).toBe(404);
    expect((await server.get(`/api/summary/${standard.joinCode}`)).status).toBe(404); // exists, nothing published
    expect((await server.get(`/api/join/${standard.joinCode}`)).status).toBe(410); // ended, still stored

    clock.advance(28 * day);
    expect(await server.sweep()).toBe(1);
    expect((await server.get(`/api/join/${standard.joinCode}`)).status).toBe(404);
    expect((await server.get(`/api/join/${running.joinCode}`)).status).toBe(200);
  });
});
