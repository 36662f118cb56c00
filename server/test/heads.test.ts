import { afterEach, describe, expect, it } from 'vitest';
import { compareWithFullSync, until } from './cluster.js';
import { startServer, type TestServer } from './helper.js';
import { HEAD_GRACE_MS, LiveClient } from '@aquarium/testkit';

let server: TestServer;
const clients: LiveClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
});

describe('head announcements', () => {
  it('a screen that never got the last broadcast notices within seconds and fetches it, with no new event', async () => {
    server = await startServer();
    const created = await server.createSession();
    const url = () => [server.url];
    const facilitator = await LiveClient.open(url, created.tokens.facilitator);
    const screen = await LiveClient.open(url, created.tokens.screen);
    clients.push(facilitator, screen);
    await facilitator.send('session:start');
    await until(() => screen.state?.currentPhase === 0, 5000, 'the projector shows the first phase');

    // The phase change is the last event for a while; the projector's copy of it is lost on the way.
    screen.loseNext = 1;
    const sentAt = Date.now();
    const moved = await facilitator.send('phase:next', { expectedIndex: 0 });
    expect(moved.ok).toBe(true);
    const tookMs = await until(() => screen.state?.currentPhase === 1, 10_000, 'the projector catches up');
    expect(screen.headSyncs).toBe(1);
    expect(await compareWithFullSync(server.url, [screen], [created.tokens.screen])).toEqual({
      neverShown: 0,
      lateLeft: 0,
      differing: 0,
    });
    // The head comes every second; the client waits HEAD_GRACE_MS for events on their way.
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(HEAD_GRACE_MS);
    expect(tookMs).toBeLessThan(HEAD_GRACE_MS + 3000);
  });

  it('a refusal as STALE brings the view up to date before it is told', async () => {
    server = await startServer();
    const created = await server.createSession();
    const url = () => [server.url];
    const lead = await LiveClient.open(url, created.tokens.facilitator);
    const co = await LiveClient.open(url, created.tokens.facilitator);
    clients.push(lead, co);
    await lead.send('session:start');
    await until(() => co.state?.currentPhase === 0, 5000, 'both consoles in the first phase');
    co.loseNext = 1;
    await lead.send('phase:next', { expectedIndex: 0 });
    // The co-facilitator's view still says phase 1 and it presses "next" for it.
    const answer = await co.send('phase:next', { expectedIndex: co.state!.currentPhase });
    expect(answer).toMatchObject({ ok: false, error: { code: 'STALE' } });
    expect(co.state!.currentPhase).toBe(1);
  });

  it('a burst past the flood limit (a reconnect replaying what waited) is paced and applied once, never refused for good', async () => {
    server = await startServer({ socketRate: { perSecond: 10, burst: 5 } });
    const created = await server.createSession();
    const lead = await LiveClient.open(() => [server.url], created.tokens.facilitator);
    clients.push(lead);
    await lead.send('session:start');
    const answers = await Promise.all(Array.from({ length: 20 }, () => lead.send('timer:extend', { minutes: 1 })));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(lead.made.filter((m) => m.heldBy.includes('RATE_LIMITED')).length).toBeGreaterThan(0);
    await until(() => lead.state!.timer!.durationMs === (20 + 20) * 60_000, 5000, 'twenty minutes more, once each');
  });
});
