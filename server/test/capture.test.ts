import { voteTotals } from '@aquarium/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helper.js';

let server: TestServer;
afterEach(async () => server?.close());

/** A running session with staff, a projector and three phones. */
const running = async () => {
  server = await startServer();
  const created = await server.createSession();
  const facilitator = await server.connect(created.tokens.facilitator);
  const scribe = await server.connect(created.tokens.scribe);
  const screen = await server.connect(created.tokens.screen);
  const joins = [
    await server.join(created.joinCode, 'g1', 'Anna'),
    await server.join(created.joinCode, 'g2', 'Ben'),
    await server.join(created.joinCode, 'g3'),
  ];
  const phones = await Promise.all(joins.map((j) => server.connect(j.token)));
  await facilitator.send('session:start');
  return { created, facilitator, scribe, screen, joins, phones };
};

describe("the scribe's notes", () => {
  it('adds notes tied to the phase, edits them keeping versions, reorders and deletes', async () => {
    const { facilitator, scribe, screen, phones } = await running();
    expect(await scribe.send('note:add', { noteId: 'n1', text: 'Yhteistyö toimi', questionId: 'q1' })).toMatchObject({
      ok: true,
    });
    await scribe.send('note:add', { noteId: 'n2', text: 'Palvelukuvaukset', questionId: 'q1' });
    await scribe.send('note:add', { noteId: 'n3', text: 'Kolmas', questionId: 'q1' });
    const s = await facilitator.until((st) => Object.keys(st.notes).length === 3);
    expect(s.notes.n1).toMatchObject({ phaseId: 'p1', questionId: 'q1', text: 'Yhteistyö toimi' });

    await scribe.send('note:edit', { noteId: 'n1', text: 'Yhteistyö toimi hyvin' });
    await scribe.send('note:move', { noteId: 'n3', afterNoteId: null });
    await scribe.send('note:move', { noteId: 'n1', afterNoteId: 'n2' });
    const after = await facilitator.until((st) => st.notes.n1!.versions.length === 1);
    const order = Object.values(after.notes)
      .sort((a, b) => a.order - b.order)
      .map((n) => n.id);
    expect(order).toEqual(['n3', 'n2', 'n1']);
    expect(after.notes.n1!.versions[0]!.text).toBe('Yhteistyö toimi');

    await scribe.send('note:delete', { noteId: 'n2' });
    await screen.until((st) => st.notes.n2?.deleted === true);
    // Phones never receive notes.
    expect(phones.every((p) => Object.keys(p.state!.notes).length === 0)).toBe(true);
    expect(await scribe.send('note:edit', { noteId: 'n2', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe("participants' thoughts and moderation", () => {
  it('keeps pending thoughts off the projector until approved; hides, pins and withdraws', async () => {
    const { facilitator, screen, phones, joins } = await running();
    const [anna, ben] = phones;
    expect(
      await anna!.send('thought:submit', { thoughtId: 't1', text: 'Hyvä ohjaus', questionId: 'q1', showName: true }),
    ).toMatchObject({ ok: true });
    await ben!.send('thought:submit', { thoughtId: 't2', text: 'Anonyymi', questionId: 'q2', showName: false });
    const staff = await facilitator.until((s) => Object.keys(s.thoughts).length === 2);
    expect(staff.thoughts.t1).toMatchObject({ status: 'pending', authorName: 'Anna', stakeholderGroupId: 'g1' });
    expect(staff.thoughts.t2).toMatchObject({ authorName: null, participantId: joins[1]!.participantId });
    expect(anna!.state!.thoughts.t1!.status).toBe('pending');
    expect(Object.keys(screen.state!.publicThoughts)).toEqual([]);

    await facilitator.send('thought:moderate', { thoughtId: 't1', status: 'approved' });
    await screen.until((s) => s.publicThoughts.t1?.text === 'Hyvä ohjaus');
    await anna!.until((s) => s.thoughts.t1!.status === 'approved');

    await facilitator.send('thought:pin', { thoughtId: 't2', pinned: true });
    await screen.until((s) => s.publicThoughts.t2?.pinned === true);
    expect(screen.state!.publicThoughts.t2!.authorName).toBeNull();

    await facilitator.send('thought:moderate', { thoughtId: 't1', status: 'hidden' });
    await screen.until((s) => !s.publicThoughts.t1);
    await anna!.until((s) => s.thoughts.t1!.status === 'hidden');

    expect(await anna!.send('thought:withdraw', { thoughtId: 't2' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await ben!.send('thought:withdraw', { thoughtId: 't2' })).toMatchObject({ ok: true });
    await screen.until((s) => !s.publicThoughts.t2);
    await facilitator.until((s) => s.thoughts.t2!.status === 'withdrawn');
  });

  it('shows thoughts at once when approval is turned off', async () => {
    const { facilitator, screen, phones } = await running();
    await facilitator.send('settings:update', { thoughtsNeedApproval: false });
    await phones[0]!.until((s) => !s.settings.thoughtsNeedApproval);
    await phones[0]!.send('thought:submit', { thoughtId: 't9', text: 'Suoraan', questionId: 'q3', showName: false });
    await screen.until((s) => s.publicThoughts.t9?.text === 'Suoraan');
  });

  it('refuses too long and too many thoughts with a clear message', async () => {
    const { phones } = await running();
    const long = await phones[0]!.send('thought:submit', {
      thoughtId: 'long',
      text: 'x'.repeat(1001),
      questionId: 'q1',
      showName: false,
    });
    expect(long).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(!long.ok && long.error.message).toContain('1000');
    for (let i = 0; i < 10; i++) {
      const ack = await phones[0]!.send('thought:submit', {
        thoughtId: `r${i}`,
        text: `${i}`,
        questionId: 'q1',
        showName: false,
      });
      expect(ack.ok).toBe(true);
    }
    const eleventh = await phones[0]!.send('thought:submit', {
      thoughtId: 'r10',
      text: 'one more',
      questionId: 'q1',
      showName: false,
    });
    expect(eleventh).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    server.clock.now = () => Date.now() + 61_000;
    expect(
      (await phones[0]!.send('thought:submit', { thoughtId: 'r11', text: 'later', questionId: 'q1', showName: false }))
        .ok,
    ).toBe(true);
  });

  it('delivers an outbox thought exactly once when the phone resends it after a lost connection', async () => {
    const { facilitator, phones, joins, created } = await running();
    const phone = phones[2]!;
    const payload = {
      commandId: 'outbox-abc-1',
      thoughtId: 'off1',
      text: 'Offline',
      questionId: 'q1',
      showName: false,
    };
    // The first send reaches the server, but the phone loses its connection before it reads the ack.
    phone.socket.emit('thought:submit', payload, () => undefined);
    await facilitator.until((s) => !!s.thoughts.off1);
    phone.socket.disconnect();
    const again = await server.connect(joins[2]!.token);
    const ack = await again.socket.emitWithAck('thought:submit', payload);
    expect(ack).toMatchObject({ ok: true });
    const fresh = await server.connect(created.tokens.facilitator);
    expect(fresh.received.filter((e) => e.type === 'thought.submitted')).toHaveLength(1);
  });
});

describe('themes', () => {
  it('merges and deletes themes without losing a note or thought', async () => {
    const { facilitator, scribe, screen, phones } = await running();
    await facilitator.send('settings:update', { thoughtsNeedApproval: false });
    await scribe.send('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Sosiaalinen kuntoutus' });
    await scribe.send('theme:create', { themeId: 'th2', questionId: 'q1', name: 'Palvelukuvaukset' });
    await scribe.send('theme:create', { themeId: 'th3', questionId: 'q2', name: 'Muu' });
    await scribe.send('note:add', { noteId: 'n1', text: 'A', questionId: 'q1', themeId: 'th1' });
    await scribe.send('note:add', { noteId: 'n2', text: 'B', questionId: 'q1' });
    await scribe.send('item:theme', { kind: 'note', itemId: 'n2', themeId: 'th2' });
    await phones[0]!.send('thought:submit', { thoughtId: 't1', text: 'C', questionId: 'q1', showName: false });
    expect(await facilitator.send('item:theme', { kind: 'thought', itemId: 't1', themeId: 'th2' })).toMatchObject({
      ok: true,
    });
    await screen.until((s) => s.publicThoughts.t1?.themeId === 'th2');
    expect(await facilitator.send('item:theme', { kind: 'thought', itemId: 't1', themeId: 'th3' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await scribe.send('theme:merge', { sourceId: 'th2', targetId: 'th3' })).toMatchObject({ ok: false });

    await scribe.send('theme:rename', { themeId: 'th1', name: 'Kuntoutus' });
    expect(await scribe.send('theme:merge', { sourceId: 'th2', targetId: 'th1' })).toMatchObject({ ok: true });
    const merged = await facilitator.until((s) => !s.themes.th2);
    expect(merged.notes.n1!.themeId).toBe('th1');
    expect(merged.notes.n2!.themeId).toBe('th1');
    expect(merged.thoughts.t1!.themeId).toBe('th1');
    await screen.until((s) => s.publicThoughts.t1?.themeId === 'th1' && s.themes.th1?.name === 'Kuntoutus');

    await scribe.send('theme:delete', { themeId: 'th1' });
    const gone = await facilitator.until((s) => !s.themes.th1);
    expect([gone.notes.n1, gone.notes.n2, gone.thoughts.t1].map((i) => i!.themeId)).toEqual([null, null, null]);
    expect(Object.keys(gone.notes)).toHaveLength(2);
  });
});

describe('dot voting', () => {
  it('counts concurrent votes right and reveals totals to everyone', async () => {
    const { facilitator, scribe, screen, phones } = await running();
    await scribe.send('theme:create', { themeId: 'a', questionId: 'q3', name: 'A' });
    await scribe.send('theme:create', { themeId: 'b', questionId: 'q3', name: 'B' });
    expect(
      await facilitator.send('vote:open', { voteId: 'v1', questionId: 'q3', targetKind: 'theme', dots: 3 }),
    ).toMatchObject({ ok: true });
    await Promise.all(phones.map((p) => p.until((s) => s.votes.v1?.status === 'open')));
    const acks = await Promise.all([
      phones[0]!.send('vote:allocate', { voteId: 'v1', allocation: { a: 3 } }),
      phones[1]!.send('vote:allocate', { voteId: 'v1', allocation: { a: 1, b: 2 } }),
      phones[2]!.send('vote:allocate', { voteId: 'v1', allocation: { b: 1 } }),
      phones[2]!.send('vote:allocate', { voteId: 'v1', allocation: { b: 4 } }),
      phones[0]!.send('vote:allocate', { voteId: 'v1', allocation: { nope: 1 } }),
    ]);
    expect(acks.map((a) => a.ok)).toEqual([true, true, true, false, false]);
    const live = await facilitator.until((s) => Object.keys(s.votes.v1!.allocations).length === 3);
    expect(voteTotals(live.votes.v1!)).toEqual({ a: 4, b: 3 });
    // Phones see only their own dots until the reveal.
    expect(Object.keys(phones[0]!.state!.votes.v1!.allocations)).toEqual([phones[0]!.state!.participantOrder[0]]);
    expect(screen.state!.votes.v1!.revealed).toBeNull();

    await facilitator.send('vote:close', { voteId: 'v1' });
    expect(await phones[1]!.send('vote:allocate', { voteId: 'v1', allocation: { a: 3 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    await facilitator.send('vote:reveal', { voteId: 'v1' });
    await screen.until((s) => s.votes.v1?.revealed?.a === 4);
    await phones[2]!.until((s) => s.votes.v1?.revealed?.b === 3);
  });
});
