import { circleActivity, currentPhase, remainingMs } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock, startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

describe('a whole five-phase aquarium over real sockets', () => {
  it('creates, joins, seats, runs every phase and ends', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    const created = await server.createSession();
    expect(created.joinCode).toMatch(/^[2-9A-Z]{8}$/);
    expect(created.links.join).toBe(`http://aquarium.test/j/${created.joinCode}`);

    const facilitator = await server.connect(created.tokens.facilitator);
    const scribe = await server.connect(created.tokens.scribe);
    const screen = await server.connect(created.tokens.screen);
    expect(facilitator.state?.setup.title).toBe('Alueellinen arviointi');

    const anna = await server.join(created.joinCode, 'g1', 'Anna');
    const ben = await server.join(created.joinCode.toLowerCase(), 'g2');
    const cai = await server.join(`${created.joinCode.slice(0, 4)}-${created.joinCode.slice(4)}`, 'g1');
    const phones = await Promise.all([anna, ben, cai].map((p) => server.connect(p.token)));

    // Late joiners appear at once on the staff screens and the projector.
    await facilitator.until((s) => s.participantOrder.length === 3);
    await screen.until((s) => s.participantOrder.length === 3);
    // A phone sees itself only.
    expect(Object.keys(phones[0]!.state!.participants)).toEqual([anna.participantId]);

    expect(await facilitator.send('circles:balance')).toMatchObject({ ok: true });
    const seated = await facilitator.until((s) => Object.values(s.participants).every((p) => p.circle !== null));
    const inner = Object.values(seated.participants).filter((p) => p.circle === 'inner');
    expect(inner).toHaveLength(2);
    // Both g1 people end up in different circles.
    expect(seated.participants[anna.participantId]!.circle).not.toBe(seated.participants[cai.participantId]!.circle);

    // Move Ben by hand to the outer circle.
    await facilitator.send('participant:seat', { participantId: ben.participantId, circle: 'outer' });
    await phones[1]!.until((s) => s.participants[ben.participantId]?.circle === 'outer');

    expect(await facilitator.send('session:start')).toMatchObject({ ok: true });
    for (const phone of phones) await phone.until((s) => s.currentPhase === 0);
    const annaCircle = phones[0]!.state!.participants[anna.participantId]!.circle!;
    expect(circleActivity(phones[0]!.state!, annaCircle)).toBe(annaCircle === 'inner' ? 'speaks' : 'listens');

    const speaking = ['inner', 'outer', 'inner', 'outer', 'everyone'];
    for (let i = 0; i < 5; i++) {
      if (i > 0) expect(await facilitator.send('phase:next', { expectedIndex: i - 1 })).toMatchObject({ ok: true });
      for (const c of [screen, scribe, ...phones]) await c.until((s) => s.currentPhase === i);
      expect(currentPhase(screen.state!)?.speaking).toBe(speaking[i]);
      // The scribe keeps time: pause, extend, start.
      clock.advance(60_000);
      expect(await scribe.send('timer:pause')).toMatchObject({ ok: true });
      expect(await scribe.send('timer:extend', { minutes: 2 })).toMatchObject({ ok: true });
      await phones[2]!.until((s) => s.timer?.runningSince === null);
      const planned = screen.state!.setup.phases[i]!.plannedMinutes * 60_000;
      await screen.until((s) => s.timer!.durationMs === planned + 120_000);
      expect(remainingMs(screen.state!.timer!, clock.now() + 10_000)).toBe(planned + 120_000 - 60_000);
      expect(await scribe.send('timer:start')).toMatchObject({ ok: true });
      clock.advance(30_000);
    }
    expect(await facilitator.send('phase:next', { expectedIndex: 4 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await facilitator.send('session:end')).toMatchObject({ ok: true });
    for (const c of [screen, scribe, ...phones]) await c.until((s) => s.status === 'ended');
    // Every phase ran 90 s of timer time.
    expect(Object.values(screen.state!.actualMsByPhase)).toEqual([90_000, 90_000, 90_000, 90_000, 90_000]);
  });

  it('refuses a second "next phase" from a facilitator whose view is stale', async () => {
    server = await startServer();
    const created = await server.createSession();
    const lead = await server.connect(created.tokens.facilitator);
    const co = await server.connect(created.tokens.facilitator);
    await lead.send('session:start');
    const [a, b] = await Promise.all([
      lead.send('phase:next', { expectedIndex: 0 }),
      co.send('phase:next', { expectedIndex: 0 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: { code: 'STALE' } });
    await co.until((s) => s.currentPhase === 1);
    expect(lead.state!.currentPhase).toBe(1);
  });

  it('tells a phone its code is wrong or closed', async () => {
    server = await startServer();
    const created = await server.createSession();
    expect((await server.get('/api/join/ABCD-EFGH')).body).toMatchObject({ error: { code: 'JOIN_CODE_UNKNOWN' } });
    expect((await server.get('/api/join/x')).status).toBe(404);
    const info = await server.get<{ title: string; method: string }>(`/api/join/${created.joinCode}`);
    expect(info).toMatchObject({ status: 200, body: { title: 'Alueellinen arviointi', method: 'aquarium' } });

    const facilitator = await server.connect(created.tokens.facilitator);
    await facilitator.send('joining:set', { open: false });
    const closed = await server.post('/api/join', { code: created.joinCode, stakeholderGroupId: 'g1' });
    expect(closed).toMatchObject({ status: 410, body: { error: { code: 'JOINING_CLOSED' } } });
    const badGroup = await server.post('/api/join', { code: created.joinCode, stakeholderGroupId: 'nope' });
    expect(badGroup.status).toBe(410);
  });
});
