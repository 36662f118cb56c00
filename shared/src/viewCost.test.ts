// What a client's store and the note:add decision touch per message, counted (never timed) at 50,000 items.
import { describe, expect, it, vi } from 'vitest';
import type { SessionEvent } from './events.js';
import { nextNoteOrder, reduceAll, StateOwner, ViewOwner } from './reducer.js';
import type { SessionState } from './state.js';
import { defaultAquariumSetup } from './templates.js';
import { BIG, counted, eventLog } from './testing/bigSession.js';

const log = eventLog();
const { ev, thought, note } = log;

/** A console's state after catching up on BIG thoughts, public thoughts, notes and joins (as from a snapshot). */
const bigSession = (): SessionState =>
  // A JSON round trip, as a snapshot or a catch-up arrives: nothing in it is the store's yet.
  JSON.parse(JSON.stringify(reduceAll(null, log.bigSession()))) as SessionState;

const message = (): SessionEvent[] => [
  ev('thought.submitted', { thought: thought(log.seq + BIG) }),
  ev('thought.moderated', { thoughtId: 't5', participantId: 'p5', status: 'approved' }),
  ev('note.added', { note: note(log.seq + BIG) }),
];

describe(`a client's store at ${BIG} stored items of each kind`, () => {
  const base = bigSession();

  it('folds each message in place: after the first, no collection is copied or scanned, however many come', () => {
    const owner = new ViewOwner();
    const { state, scans } = counted(base);
    let view = owner.applyAll(state, message())!; // the first message copies what it changes, once
    const first = { ...scans };
    for (let i = 0; i < 200; i++) view = owner.applyAll(view, message())!;
    expect(scans).toEqual(first);
    for (const key of ['thoughts', 'notes'] as const) expect(first[key], key).toBe(1);
    expect(first['participants']! + first['participantOrder']! + first['publicThoughts']!).toBe(0);
    expect(Object.keys(view.thoughts)).toHaveLength(BIG + 201);
    expect(view.thoughts['t5']!.status).toBe('approved');
  });

  it('gives what a message changed a new identity, and keeps the identity of what it did not', () => {
    const owner = new ViewOwner();
    const before = owner.applyAll(base, message())!;
    const after = owner.applyAll(before, [
      ev('thought.pinned', { thoughtId: 't7', participantId: 'p7', pinned: true }),
    ])!;
    expect(after).not.toBe(before);
    expect(after.thoughts).not.toBe(before.thoughts); // React's selectors see the change
    expect(after.thoughts['t7']!.pinned).toBe(true);
    expect(after.notes).toBe(before.notes);
    expect(after.publicThoughts).toBe(before.publicThoughts);
    expect(after.thoughts['t8']).toBe(before.thoughts['t8']); // unchanged items keep theirs
    // The state folded from, received from the server, is untouched.
    expect(base.thoughts['t7']!.pinned).toBe(false);
  });

  it('folds to the same state as the immutable reducer', () => {
    log.seq = 4 * BIG + 1;
    const events = [...message(), ...message(), ev('thought.unpublished', { thoughtId: 't3' })];
    const owner = new ViewOwner();
    let view: SessionState | null = base;
    for (const e of events) view = owner.applyAll(view, [e]);
    expect(JSON.stringify(view)).toBe(JSON.stringify(reduceAll(base, events)));
  });
});

describe('the order of a new note', () => {
  it('comes after every note of its question without a pass over the notes, kept current in place', () => {
    log.seq = 0;
    const events = [ev('session.created', { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' })];
    for (let i = 0; i < BIG; i++) events.push(ev('note.added', { note: note(i, i % 2 ? 'q1' : 'q2', i) }));
    const owner = new StateOwner();
    let s = owner.applyAll(null, events)!;
    expect(nextNoteOrder(s.notes, 'q1')).toBe(BIG); // built once, by one pass
    expect(nextNoteOrder(s.notes, 'q3')).toBe(1);
    const values = vi.spyOn(Object, 'values');
    const keys = vi.spyOn(Object, 'keys');
    for (let i = 0; i < 100; i++) {
      const order = nextNoteOrder(s.notes, 'q1');
      s = owner.apply(s, ev('note.added', { note: note(BIG + i, 'q1', order) }));
    }
    expect(nextNoteOrder(s.notes, 'q1')).toBe(BIG + 100);
    // A note moved to the end of another question, and a note moved later in its own, raise that question's.
    s = owner.apply(s, ev('note.edited', { noteId: `n${BIG + 99}`, questionId: 'q2' }));
    expect(nextNoteOrder(s.notes, 'q2')).toBe(BIG + 100);
    s = owner.apply(s, ev('note.moved', { noteId: 'n0', order: BIG * 3 }));
    expect(nextNoteOrder(s.notes, 'q2')).toBe(BIG * 3 + 1);
    expect(values).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
    values.mockRestore();
    keys.mockRestore();
  });
});
