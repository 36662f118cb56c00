import { afterEach, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.js';
import { startServer, tempDataDir, TestClient, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

describe('commands, reconnects and restarts', () => {
  it('applies a retried command once and answers it with the same ack', async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const screen = await server.connect(created.tokens.screen);
    await facilitator.send('session:start');
    const first = await facilitator.send('timer:extend', { minutes: 5 }, 'retry-me-123');
    const again = await facilitator.send('timer:extend', { minutes: 5 }, 'retry-me-123');
    expect(again).toEqual(first);
    await screen.until((s) => s.seq === (first.ok ? first.seq : -1));
    // Stored once; and a sync answered after it (one connection keeps its order) brings no second copy.
    expect(await server.storage.eventsOfType(created.sessionId, 'timer.extended')).toHaveLength(1);
    await screen.sync();
    expect(screen.received.filter((e) => e.type === 'timer.extended')).toHaveLength(1);
    expect(screen.state!.timer!.durationMs).toBe((20 + 5) * 60_000);
  });

  it('sends a reconnecting client exactly what it missed', async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const joined = await server.join(created.joinCode, 'g2', 'Pia');
    const phone = await server.connect(joined.token);
    const seenBefore = phone.received.length;
    const lastSeq = phone.state!.seq;
    phone.socket.disconnect();

    await facilitator.send('participant:seat', { participantId: joined.participantId, circle: 'outer' });
    await facilitator.send('session:start');
    await facilitator.send('timer:pause');
    const other = await server.join(created.joinCode, 'g1'); // not for Pia's eyes
    await facilitator.send('participant:seat', { participantId: other.participantId, circle: 'inner' });

    phone.socket.connect();
    await new Promise((r) => phone.socket.once('connect', () => r(null)));
    const ack = await phone.sync();
    expect(ack.ok && ack.events.map((e) => e.type)).toEqual(['participant.seated', 'phase.entered', 'timer.paused']);
    expect(ack.ok && ack.events.every((e) => e.seq > lastSeq)).toBe(true);
    expect(phone.received.length).toBe(seenBefore + 3);
    expect(phone.state!.participants[joined.participantId]!.circle).toBe('outer');
    expect(Object.keys(phone.state!.participants)).toEqual([joined.participantId]);
  });

  it('restores every session from the database after a restart', async () => {
    const dataDir = tempDataDir();
    server = await startServer({ dataDir });
    const created = await server.createSession({ title: 'Ennen uudelleenkäynnistystä' });
    const facilitator = await server.connect(created.tokens.facilitator);
    const joined = await server.join(created.joinCode, 'g3');
    await facilitator.send('participant:seat', { participantId: joined.participantId, circle: 'inner' });
    await facilitator.send('session:start');
    await facilitator.send('phase:next', { expectedIndex: 0 });
    const before = facilitator.state!;
    await server.close(false);

    server = await startServer({ dataDir });
    const again = await server.connect(created.tokens.facilitator);
    expect(again.state).toEqual(before);
    const phone = await server.connect(joined.token);
    expect(phone.state!.participants[joined.participantId]!.circle).toBe('inner');
    expect(await again.send('phase:next', { expectedIndex: 1 })).toMatchObject({ ok: true });
    await phone.until((s) => s.currentPhase === 2);
    // The join code still works after the restart.
    expect((await server.get(`/api/join/${created.joinCode}`)).status).toBe(200);
  });
});

describe('two facilitators at the same moment', () => {
  it('edit the same theme: every edit is applied in one order and both screens agree', async () => {
    server = await startServer();
    const created = await server.createSession();
    const lead = await server.connect(created.tokens.facilitator);
    const co = await server.connect(created.tokens.facilitator);
    await lead.send('theme:create', { themeId: 'th', questionId: 'q1', name: 'Alku' });
    await co.until((s) => !!s.themes.th);
    const results = await Promise.all([
      lead.send('theme:rename', { themeId: 'th', name: 'Johdon nimi' }),
      co.send('theme:rename', { themeId: 'th', name: 'Toisen nimi' }),
      lead.send('summary:setText', { key: 'theme:th', text: 'Johdon teksti' }),
      co.send('theme:create', { themeId: 'th2', questionId: 'q1', name: 'Toinen teema' }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const last = Math.max(...results.map((r) => (r.ok ? r.seq : 0)));
    const [a, b] = await Promise.all([lead.until((s) => s.seq === last), co.until((s) => s.seq === last)]);
    expect(a).toEqual(b);
    // No lost update: the non-conflicting edits both landed, and the name is one of the two.
    expect(a.summary.texts['theme:th']).toBe('Johdon teksti');
    expect(a.themes.th2?.name).toBe('Toinen teema');
    expect(['Johdon nimi', 'Toisen nimi']).toContain(a.themes.th!.name);
  });
});

describe('bad input and wrong roles', () => {
  it('answers malformed payloads with INVALID_PAYLOAD and changes nothing', async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const seq = facilitator.state!.seq;
    const bad: [Parameters<typeof facilitator.send>[0], unknown][] = [
      ['timer:extend', { commandId: 'abcdefgh12', minutes: 'five' }],
      ['timer:extend', { commandId: 'abcdefgh12', minutes: 0 }],
      ['participant:seat', { commandId: 'abcdefgh13', participantId: 'x', circle: 'middle' }],
      ['phase:next', { commandId: 'short' }],
      ['session:start', null],
      ['session:start', 'hello'],
      ['session:start', { commandId: 'abcdefgh14', extra: true }],
      ['session:updateSetup', { commandId: 'abcdefgh15', setup: { title: '' } }],
    ];
    for (const [name, payload] of bad) {
      const ack = await facilitator.socket.emitWithAck(name, payload);
      expect(ack, `${name} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD' },
      });
    }
    const sync = await facilitator.sync();
    expect(sync.ok && sync.events).toEqual([]);
    expect(facilitator.state!.seq).toBe(seq);
  });

  it('lets each role send only its own commands', async () => {
    server = await startServer();
    const created = await server.createSession();
    const scribe = await server.connect(created.tokens.scribe);
    const screen = await server.connect(created.tokens.screen);
    const joined = await server.join(created.joinCode);
    const phone = await server.connect(joined.token);
    for (const client of [scribe, screen, phone]) {
      expect(await client.send('session:start')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await screen.send('timer:pause')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await phone.send('timer:extend', { minutes: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The scribe may keep time, once the session runs.
    expect(await scribe.send('timer:pause')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });

  it('refuses unknown tokens and old protocol versions at connect', async () => {
    server = await startServer();
    const created = await server.createSession();
    await expect(TestClient.connect(server.url, 'not-a-token')).rejects.toThrow('UNAUTHORIZED');
    await expect(TestClient.connect(server.url, created.tokens.facilitator, 0)).rejects.toThrow('PROTOCOL_MISMATCH');
  });

  it('rejects an invalid session setup with a clear error', async () => {
    server = await startServer();
    const res = await server.post<{ error: { code: string; message: string } }>('/api/sessions', {
      setup: { title: 'x' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_PAYLOAD');
    expect(res.body.error.message).toContain('questions');
  });

  it('measures how many join-code guesses one address gets in a minute', async () => {
    server = await startServer();
    const created = await server.createSession();
    // A whole venue behind one address: right codes are never counted against it.
    const venue = await Promise.all(Array.from({ length: 300 }, () => server.get(`/api/join/${created.joinCode}`)));
    expect(venue.every((r) => r.status === 200)).toBe(true);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => server.get(`/api/join/ZZZZ${(2000 + i).toString().replace(/[01]/g, '9')}`)),
    );
    const answered = statuses.filter((r) => r.status === 404).length;
    const refused = statuses.filter((r) => r.status === 429).length;
    const codeSpace = 29 ** 8;
    recordFigures('joinGuessing', {
      guessesTried: statuses.length,
      answeredPerMinute: answered,
      refusedRateLimited: refused,
      codeSpace,
      expectedYearsToHitOneOf1000OpenSessions: Math.round(codeSpace / 1000 / (answered * 60 * 24 * 365)),
    });
    expect(answered).toBe(60);
  });

  it('slows down a client that guesses join codes', async () => {
    // A one-second window stands for the minute, so the test can see the block end.
    server = await startServer({ joinFailuresPerMinute: 5, app: { joinFailureWindowSeconds: 1 } });
    const created = await server.createSession();
    for (let i = 0; i < 5; i++) expect((await server.get(`/api/join/ZZZZZZZ${i + 2}`)).status).toBe(404);
    expect((await server.get(`/api/join/ZZZZZZZ9`)).status).toBe(429);
    expect((await server.get(`/api/join/${created.joinCode}`)).status).toBe(429);
    let status = 429;
    const since = Date.now();
    while (status === 429 && Date.now() - since < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await server.get(`/api/join/${created.joinCode}`)).status;
    }
    expect(status).toBe(200);
  });
});
