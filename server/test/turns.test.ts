import { notYetSpoken, participationByCircle, participationByGroup, queuePlace } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock, startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** Four phones, two in each circle, in phase 1 (the inner circle speaks) of an open aquarium unless told otherwise. */
const setUp = async ({ openChair = true } = {}) => {
  const clock = new ManualClock();
  server = await startServer({ clock });
  const created = await server.createSession();
  const facilitator = await server.connect(created.tokens.facilitator);
  const screen = await server.connect(created.tokens.screen);
  const joins = [
    await server.join(created.joinCode, 'g1', 'Anna'),
    await server.join(created.joinCode, 'g2'),
    await server.join(created.joinCode, 'g2', 'Cai'),
    await server.join(created.joinCode, 'g3', 'Dan'),
  ];
  const phones = await Promise.all(joins.map((j) => server.connect(j.token)));
  const [a, b, c, d] = joins.map((j) => j.participantId) as [string, string, string, string];
  await facilitator.send('participant:seat', { participantId: a, circle: 'inner' });
  await facilitator.send('participant:seat', { participantId: b, circle: 'inner' });
  await facilitator.send('participant:seat', { participantId: c, circle: 'outer' });
  await facilitator.send('participant:seat', { participantId: d, circle: 'outer' });
  if (openChair) await facilitator.send('settings:update', { openChair: true });
  await facilitator.send('session:start');
  return { clock, facilitator, screen, phones, ids: { a, b, c, d } };
};

describe('turns to speak', () => {
  it('has no empty chair in a classic aquarium until the facilitator opens it', async () => {
    const { facilitator, phones } = await setUp({ openChair: false });
    expect(await phones[2]!.send('turn:request', { emptyChair: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    // A participant cannot open it.
    expect(await phones[2]!.send('settings:update', { openChair: true })).toMatchObject({ ok: false });
    expect(await facilitator.send('settings:update', { openChair: true })).toMatchObject({ ok: true });
    await phones[2]!.until((s) => s.settings.openChair);
    expect(await phones[2]!.send('turn:request', { emptyChair: true })).toMatchObject({ ok: true });
    await facilitator.until((s) => s.turns.queue[0]?.emptyChair === true);
  });

  it('queues concurrent requests once each, in arrival order, and lets the facilitator reorder', async () => {
    const { facilitator, phones, ids } = await setUp();
    const acks = await Promise.all([
      phones[0]!.send('turn:request', { emptyChair: false }),
      phones[1]!.send('turn:request', { emptyChair: false }),
      phones[1]!.send('turn:request', { emptyChair: false }),
      phones[2]!.send('turn:request', { emptyChair: true }),
    ]);
    expect(acks.every((a) => a.ok)).toBe(true);
    const s = await facilitator.until((st) => st.turns.queue.length === 3);
    expect(s.turns.queue.map((r) => r.participantId)).toEqual([ids.a, ids.b, ids.c]);
    expect(s.turns.queue[2]!.emptyChair).toBe(true);
    // Asking again while queued changes nothing.
    expect(await phones[0]!.send('turn:request', { emptyChair: true })).toMatchObject({ ok: true });
    // A speaker of the speaking circle cannot take the empty chair.
    expect(await phones[1]!.send('turn:cancel')).toMatchObject({ ok: true });
    expect(await phones[1]!.send('turn:request', { emptyChair: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    // A phone sees only its own request.
    expect(phones[2]!.state!.turns.queue.map((r) => r.participantId)).toEqual([ids.c]);

    expect(await facilitator.send('turn:reorder', { participantIds: [ids.a] })).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    });
    await facilitator.send('turn:reorder', { participantIds: [ids.c, ids.a] });
    await facilitator.until((st) => st.turns.queue[0]?.participantId === ids.c);
  });

  it('grants, shows the speaker on projector and phones, ends, and times turns by the server clock', async () => {
    const { clock, facilitator, screen, phones, ids } = await setUp();
    await phones[2]!.send('turn:request', { emptyChair: true });
    await phones[0]!.send('turn:request', { emptyChair: false });
    await facilitator.until((s) => s.turns.queue.length === 2);

    await facilitator.send('turn:grant', {});
    const onScreen = await screen.until((s) => s.turns.publicCurrent !== null);
    expect(onScreen.turns.publicCurrent).toMatchObject({
      displayName: 'Cai',
      stakeholderGroupId: 'g2',
      emptyChair: true,
    });
    await phones[2]!.until((s) => s.turns.current?.participantId === ids.c);
    await phones[3]!.until((s) => s.turns.publicCurrent?.displayName === 'Cai');
    expect(phones[3]!.state!.turns.current).toBeNull();

    clock.advance(90_000);
    await facilitator.send('turn:grant', {}); // ends Cai's turn, starts Anna's
    await phones[0]!.until((s) => s.turns.current?.participantId === ids.a);
    clock.advance(30_000);
    await facilitator.send('turn:end');
    // Someone without a phone: a participant of group g4.
    await facilitator.send('turn:grant', { stakeholderGroupId: 'g4' });
    clock.advance(45_000);
    await facilitator.send('turn:end');
    // The anonymous participant from g2 speaks too.
    await facilitator.send('turn:grant', { participantId: ids.b });
    await screen.until(
      (s) => s.turns.publicCurrent?.stakeholderGroupId === 'g2' && s.turns.publicCurrent.displayName === null,
    );
    clock.advance(15_000);
    await facilitator.send('turn:end');
    await screen.until((s) => s.turns.publicCurrent === null);

    const s = await facilitator.until((st) => st.turns.history.length === 4);
    expect(s.turns.history.map((t) => (t.endedAt ?? 0) - t.startedAt)).toEqual([90_000, 30_000, 45_000, 15_000]);
    const byGroup = Object.fromEntries(participationByGroup(s, clock.now()).map((r) => [r.key, r]));
    expect(byGroup.g2).toMatchObject({ present: 2, turns: 2, talkMs: 105_000 });
    expect(byGroup.g1).toMatchObject({ present: 1, turns: 1, talkMs: 30_000 });
    expect(byGroup.g4).toMatchObject({ present: 0, turns: 1, talkMs: 45_000 });
    expect(participationByCircle(s, clock.now())).toEqual({
      inner: { turns: 2, talkMs: 45_000 },
      outer: { turns: 1, talkMs: 90_000 },
    });
    expect(notYetSpoken(s)).toEqual([ids.d]);

    await facilitator.send('turn:invite', { participantIds: notYetSpoken(s) });
    await phones[3]!.until((st) => st.turns.invited.includes(ids.d));
    expect(phones[0]!.state!.turns.invited).toEqual([]);
  });

  it('keeps other people in the queue out of every phone', async () => {
    const { facilitator, phones, ids } = await setUp();
    await phones[0]!.send('turn:request', { emptyChair: false });
    await phones[1]!.send('turn:request', { emptyChair: false });
    await facilitator.send('turn:grant', { participantId: ids.b });
    await facilitator.send('turn:end');
    await facilitator.send('turn:setLimit', { seconds: 120 });
    await phones[3]!.until((s) => s.turnSoftLimitSeconds === 120);
    const wire = phones[3]!.wire.join('\n');
    for (const id of [ids.a, ids.b, ids.c]) expect(wire).not.toContain(id);
  });
});

describe('turns that fit the method', () => {
  it('refuses a turn to a listener with LISTENING_CIRCLE, unless invited; the empty chair stays open to them', async () => {
    const { facilitator, phones, ids } = await setUp();
    expect(await phones[2]!.send('turn:request', { emptyChair: false })).toMatchObject({
      ok: false,
      error: { code: 'LISTENING_CIRCLE' },
    });
    expect(await phones[2]!.send('turn:request', { emptyChair: true })).toMatchObject({ ok: true });
    await facilitator.send('turn:invite', { participantIds: [ids.d] });
    await phones[3]!.until((s) => s.turns.invited.includes(ids.d));
    expect(await phones[3]!.send('turn:request', { emptyChair: false })).toMatchObject({ ok: true });
  });

  it('tells each phone its place in the queue, nobody named', async () => {
    const { facilitator, phones, ids } = await setUp();
    await phones[0]!.send('turn:request', { emptyChair: false });
    await phones[1]!.send('turn:request', { emptyChair: false });
    await phones[2]!.send('turn:request', { emptyChair: true });
    const place = (i: number, s: Parameters<Parameters<(typeof phones)[0]['until']>[0]>[0]) =>
      queuePlace(s.turns, [ids.a, ids.b, ids.c][i]!);
    await phones[2]!.until((s) => place(2, s) === 3);
    await phones[1]!.until((s) => place(1, s) === 2);
    // What a phone holds of the queue names nobody else.
    expect(JSON.stringify(phones[2]!.state!.turns)).not.toContain(ids.a);
    await facilitator.send('turn:reorder', { participantIds: [ids.c, ids.a, ids.b] });
    await phones[2]!.until((s) => place(2, s) === 1);
    await phones[1]!.until((s) => place(1, s) === 3);
    await facilitator.send('turn:grant', {});
    await phones[0]!.until((s) => place(0, s) === 1);
  });

  it('clears waiting requests at a phase change by default, and keeps them when the facilitator says so', async () => {
    const { facilitator, phones } = await setUp();
    await phones[0]!.send('turn:request', { emptyChair: false });
    await facilitator.send('phase:next', { expectedIndex: 0 });
    await facilitator.until((s) => s.currentPhase === 1 && s.turns.queue.length === 0);
    await phones[0]!.until((s) => s.turns.queue.length === 0 && s.turns.clearedByPhase === true);

    expect(await facilitator.send('settings:update', { queueAtPhaseChange: 'keep' })).toMatchObject({ ok: true });
    await phones[2]!.send('turn:request', { emptyChair: false }); // the outer circle speaks in phase 2
    await facilitator.send('phase:next', { expectedIndex: 1 });
    const s = await facilitator.until((st) => st.currentPhase === 2);
    expect(s.turns.queue).toHaveLength(1);
    expect(phones[2]!.state!.settings.queueAtPhaseChange).toBe('keep');
  });
});
