// How much of the state one event touches, counted (never timed): the cost of an event must not grow with
// the session. A Proxy counts each time a big collection is enumerated (a copy enumerates it).
import { describe, expect, it, vi } from 'vitest';
import type { SessionEvent } from './events.js';
import { reduce, reduceAll, StateOwner, thoughtIdsOf } from './reducer.js';
import type { SessionState } from './state.js';
import { BIG, COLLECTIONS as collections, counted, eventLog } from './testing/bigSession.js';

const log = eventLog();
const { ev, thought, note } = log;

/** A session holding BIG participants, thoughts, public thoughts and notes, and an open vote, folded as one catch-up. */
const bigSession = (): SessionState => {
  const events = log.bigSession();
  events.push(ev('vote.opened', { vote: { id: 'v1', questionId: 'q1', dots: 3, options: [] } as never }));
  return reduceAll(null, events)!;
};

/** One event of each kind that lands in a big collection. */
const liveEvents = () => [
  ev('participant.joined', { participant: { id: 'new', displayName: null, stakeholderGroupId: 'g2' } }),
  ev('participant.seated', { participantId: 'p7', circle: 'inner' }),
  ev('thought.submitted', { thought: thought(BIG + 1, 'new') }),
  ev('thought.moderated', { thoughtId: 't5', participantId: 'p5', status: 'approved' }),
  ev('thought.published', { thought: { ...thought(5) } }),
  ev('thought.unpublished', { thoughtId: 't6' }),
  ev('note.added', { note: note(BIG + 1) }),
  ev('note.edited', { noteId: 'n9', text: 'changed' }),
  ev('vote.allocated', { voteId: 'v1', participantId: 'p3', allocation: { t1: 3 } }),
];

describe(`folding at ${BIG} stored items of each kind`, () => {
  const base = bigSession();

  it('a catch-up copies each collection at most once, however many events change it', () => {
    const { state, scans } = counted(base);
    const after = reduceAll(state, liveEvents())!;
    for (const key of collections) expect(scans[key], key).toBeLessThanOrEqual(1);
    expect(Object.keys(after.thoughts)).toHaveLength(BIG + 1);
    expect(after.participantOrder.at(-1)).toBe('new');
    // The state folded from is untouched.
    expect(Object.keys(base.thoughts)).toHaveLength(BIG);
    expect(base.participants['p7']!.circle).toBeNull();
  });

  it('a session that owns its state changes it in place: no collection is copied or scanned per event', () => {
    const owner = new StateOwner();
    // The first change copies each collection once (it was folded elsewhere); from then on nothing is copied.
    let s = owner.applyAll(
      base,
      liveEvents().map((e) => ({ ...e, seq: ++log.seq })),
    )!;
    const kept = Object.fromEntries(collections.map((key) => [key, s[key]]));
    const someThought = s.thoughts['t42'];
    for (const e of liveEvents()) {
      const next = { ...e, seq: ++log.seq } as SessionEvent;
      if (next.type === 'participant.joined') next.data.participant.id = `x${log.seq}`;
      if (next.type === 'thought.submitted') next.data.thought = thought(log.seq, 'new');
      if (next.type === 'note.added') next.data.note = note(log.seq);
      s = owner.apply(s, next);
    }
    for (const key of collections) expect(s[key], key).toBe(kept[key]);
    expect(s.thoughts['t42']).toBe(someThought);
    expect(s.participantOrder.at(-1)).toMatch(/^x/);
    expect(base.participantOrder).toHaveLength(BIG);
  });

  it("an author's thoughts are found without scanning everyone's, and kept current in place", () => {
    const owner = new StateOwner();
    let s = owner.apply(base, ev('thought.submitted', { thought: thought(BIG + 10, 'p1') }));
    const values = vi.spyOn(Object, 'values');
    expect(thoughtIdsOf(s.thoughts, 'p1').at(-1)).toBe(`t${BIG + 10}`); // built once, by one scan
    expect(values).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 100; i++) {
      s = owner.apply(s, ev('thought.submitted', { thought: thought(BIG + 20 + i, 'p1') }));
      expect(thoughtIdsOf(s.thoughts, 'p1').at(-1)).toBe(`t${BIG + 20 + i}`);
    }
    expect(thoughtIdsOf(s.thoughts, 'p1')).toHaveLength(BIG / 100 + 1 + 100);
    expect(values).toHaveBeenCalledTimes(1);
    values.mockRestore();
  });

  it('a single reduce leaves the collections it does not change as they were', () => {
    const { state, scans } = counted(base);
    const after = reduce(state, ev('thought.moderated', { thoughtId: 't5', participantId: 'p5', status: 'hidden' }));
    expect(after.thoughts['t5']!.status).toBe('hidden');
    expect(scans['participants'] + scans['notes'] + scans['publicThoughts'] + scans['participantOrder']).toBe(0);
    expect(after.notes).toBe(state.notes);
  });
});
