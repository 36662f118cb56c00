import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

describe('what a participant may see', () => {
  it("never sends a phone another's pending, hidden or withdrawn thought, or an anonymous author's identity", async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    // The observer joins first, so it is connected for everything that follows.
    const eveJoin = await server.join(created.joinCode, 'g1', 'Eve Observer');
    const eve = await server.connect(eveJoin.token);

    const people = {
      anna: await server.join(created.joinCode, 'g1', 'Anna Named'),
      ben: await server.join(created.joinCode, 'g2', 'Ben Anonymous'),
      cai: await server.join(created.joinCode, 'g3', 'Cai Pending'),
      dan: await server.join(created.joinCode, 'g4', 'Dan Hidden'),
    };
    const [anna, ben, cai, dan] = await Promise.all(Object.values(people).map((p) => server.connect(p.token)));
    await facilitator.send('circles:balance');
    await facilitator.send('session:start');

    const say = (c: typeof anna, id: string, text: string, showName: boolean) =>
      c!.send('thought:submit', { thoughtId: id, text, questionId: 'q1', showName });
    await say(anna, 'tAnna', 'Named and approved', true);
    await say(ben, 'tBen', 'Anonymous but approved', false);
    await say(cai, 'tCai', 'SECRET-PENDING text', false);
    await say(dan, 'tDan', 'SECRET-HIDDEN text', true);
    await say(cai, 'tCai2', 'SECRET-WITHDRAWN text', true);
    await facilitator.send('thought:moderate', { thoughtId: 'tAnna', status: 'approved' });
    await facilitator.send('thought:pin', { thoughtId: 'tBen', pinned: true });
    await facilitator.send('thought:moderate', { thoughtId: 'tDan', status: 'hidden' });
    await cai!.send('thought:withdraw', { thoughtId: 'tCai2' });
    await facilitator.send('theme:create', { themeId: 'th', questionId: 'q1', name: 'Teema' });
    await facilitator.send('item:theme', { kind: 'thought', itemId: 'tBen', themeId: 'th' });
    await facilitator.send('vote:open', { voteId: 'v', questionId: 'q1', targetKind: 'thought', dots: 2 });
    await ben!.send('vote:allocate', { voteId: 'v', allocation: { tBen: 2 } });
    await facilitator.send('session:end');
    await eve.until((s) => s.status === 'ended');
    // A reconnecting phone's catch-up must be just as clean.
    eve.state = null;
    await eve.sync();

    const wire = eve.wire.join('\n');
    expect(wire).toContain('Named and approved');
    expect(wire).toContain('Anonymous but approved');
    const forbidden = [
      // Phones get approved thoughts only on a vote's list, which names no author (the projector shows names).
      'Anna Named',
      'SECRET-PENDING',
      'SECRET-HIDDEN',
      'SECRET-WITHDRAWN',
      'Ben Anonymous',
      'Cai Pending',
      'Dan Hidden',
      ...Object.values(people).map((p) => p.participantId),
      ...Object.values(people).map((p) => p.token),
    ];
    for (const secret of forbidden) expect(wire, secret).not.toContain(secret);
    expect(eve.wire.length).toBeGreaterThan(5);
  });
});
