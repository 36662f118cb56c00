import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two facilitators in step', () => {
  it('moves the phase exactly once when both press within 500 ms, 100 times over', async () => {
    server = await startServer();
    const created = await server.createSession();
    const lead = await server.connect(created.tokens.facilitator);
    const co = await server.connect(created.tokens.facilitator);
    await lead.send('session:start');
    await co.until((s) => s.currentPhase === 0);
    const last = lead.state!.setup.phases.length - 1;
    let forward = true;
    for (let i = 0; i < 100; i++) {
      const seen = lead.state!.currentPhase!;
      if (seen === last) forward = false;
      if (seen === 0) forward = true;
      const command = forward ? 'phase:next' : 'phase:previous';
      // Both saw the same phase when they pressed; the second press comes 0–495 ms after the first.
      const first = lead.send(command, { expectedIndex: seen });
      await wait((i * 5) % 500);
      const second = co.send(command, { expectedIndex: seen });
      const answers = await Promise.all([first, second]);
      expect(answers.filter((a) => a.ok)).toHaveLength(1);
      expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'STALE' } });
      const target = seen + (forward ? 1 : -1);
      await lead.until((s) => s.currentPhase === target);
      await co.until((s) => s.currentPhase === target);
    }
    // 100 moves, each one step: the last state is where the walk should be, and no phase.entered was doubled.
    const entered = lead.received.filter((e) => e.type === 'phase.entered');
    expect(entered).toHaveLength(101);
  });
});

describe('the projector under the facilitator', () => {
  it('follows the chosen mode, on every projector and after a reconnect', async () => {
    server = await startServer();
    const created = await server.createSession({ language: 'fi' });
    const facilitator = await server.connect(created.tokens.facilitator);
    const screen = await server.connect(created.tokens.screen);
    expect(screen.state!.projector).toEqual({ mode: 'phase', voteId: null, showNames: false });

    expect(await facilitator.send('screen:show', { mode: 'joinCode' })).toMatchObject({ ok: true });
    await screen.until((s) => s.projector.mode === 'joinCode');
    expect(await facilitator.send('screen:show', { mode: 'blank', showNames: true })).toMatchObject({ ok: true });
    await screen.until((s) => s.projector.mode === 'blank' && s.projector.showNames);

    const later = await server.connect(created.tokens.screen);
    expect(later.state!.projector).toEqual({ mode: 'blank', voteId: null, showNames: true });
    // A phone never learns what the projector shows.
    const phone = await server.connect((await server.join(created.joinCode)).token);
    expect(phone.received.some((e) => e.type === 'screen.shown')).toBe(false);
    // Modes that need something that is not there are refused with a reason.
    expect(await facilitator.send('screen:show', { mode: 'results' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await facilitator.send('screen:show', { mode: 'summaryQr' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await phone.send('screen:show', { mode: 'phase' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('shows revealed results, takes them down, and a new phase leaves them behind', async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await server.connect(created.tokens.facilitator);
    const screen = await server.connect(created.tokens.screen);
    const joined = await Promise.all([1, 2, 3].map(() => server.join(created.joinCode)));
    const phones = await Promise.all(joined.map((j) => server.connect(j.token)));
    await facilitator.send('session:start');
    await facilitator.send('settings:update', { thoughtsNeedApproval: false });
    await phones[0]!.send('thought:submit', { thoughtId: 't1', text: 'Yksi', questionId: 'q1', showName: false });
    await phones[1]!.send('thought:submit', { thoughtId: 't2', text: 'Kaksi', questionId: 'q1', showName: false });
    await facilitator.until((s) => Object.keys(s.thoughts).length === 2);
    await facilitator.send('thought:moderate', { thoughtId: 't1', status: 'approved' });
    await facilitator.send('thought:moderate', { thoughtId: 't2', status: 'approved' });
    expect(
      await facilitator.send('vote:open', { voteId: 'v1', questionId: 'q1', targetKind: 'thought', dots: 2 }),
    ).toMatchObject({ ok: true });
    expect(await facilitator.send('screen:show', { mode: 'vote' })).toMatchObject({ ok: true });
    await screen.until((s) => s.projector.mode === 'vote' && s.projector.voteId === 'v1');

    // The projector counts voters without seeing anyone's dots.
    await phones[0]!.send('vote:allocate', { voteId: 'v1', allocation: { t1: 2 } });
    await phones[1]!.send('vote:allocate', { voteId: 'v1', allocation: { t2: 1 } });
    await phones[0]!.send('vote:allocate', { voteId: 'v1', allocation: { t1: 1 } });
    await screen.until((s) => s.votes.v1?.voters === 2);
    expect(screen.received.some((e) => e.type === 'vote.allocated')).toBe(false);

    await facilitator.send('vote:close', { voteId: 'v1' });
    await facilitator.send('vote:reveal', { voteId: 'v1' });
    await screen.until((s) => s.projector.mode === 'results' && s.votes.v1?.revealed !== null);
    expect(await facilitator.send('screen:show', { mode: 'phase' })).toMatchObject({ ok: true });
    await screen.until((s) => s.projector.mode === 'phase');
    expect(await facilitator.send('screen:show', { mode: 'results' })).toMatchObject({ ok: true });
    await screen.until((s) => s.projector.mode === 'results');
    await facilitator.send('phase:next', { expectedIndex: 0 });
    await screen.until((s) => s.currentPhase === 1 && s.projector.mode === 'phase' && s.projector.voteId === null);
  });
});
