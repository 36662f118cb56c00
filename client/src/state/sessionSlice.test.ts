import { defaultAquariumSetup, reduceAll, type SessionEvent, type SessionState } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createSessionSlice } from './sessionSlice';
import type { Store } from './store';

let seq = 0;
const ev = (type: string, data: unknown) => ({ type, seq: ++seq, at: seq, data }) as SessionEvent;
const thought = (i: number) => ({
  id: `t${i}`,
  participantId: 'p1',
  stakeholderGroupId: 'g1',
  questionId: 'q1',
  phaseId: null,
  text: `ajatus ${i}`,
  authorName: null,
  status: 'pending',
  pinned: false,
  themeId: null,
  submittedAt: i,
});

const newStore = () => create<Store>()((...a) => ({ ...createSessionSlice(...a) }) as Store);

describe("the console's session store", () => {
  it('installs a snapshot, folds what follows, and shows each change as a new record to its selectors', () => {
    seq = 0;
    const history = [ev('session.created', { setup: defaultAquariumSetup('sv'), joinCode: 'ABCDEFGH' })];
    for (let i = 0; i < 50; i++) history.push(ev('thought.submitted', { thought: thought(i) }));
    // As it arrives in a sync answer: JSON, folded by the server.
    const snapshot = JSON.parse(JSON.stringify(reduceAll(null, history))) as SessionState;
    const store = newStore();
    store.getState().installSnapshot(snapshot);
    expect(store.getState().session?.seq).toBe(seq);
    expect(store.getState().language).toBe('sv'); // the session's language, as on a first catch-up

    const seen: unknown[] = [];
    store.subscribe((s) => seen.push(s.session?.thoughts));
    const live = [ev('thought.submitted', { thought: thought(50) })];
    store.getState().applyEvents(live);
    const moderated = [ev('thought.moderated', { thoughtId: 't3', participantId: 'p1', status: 'approved' })];
    store.getState().applyEvents(moderated);
    store.getState().applyEvents(live); // already folded: nothing changes, no notification
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]); // a selector of the thoughts sees every change
    expect(Object.keys(store.getState().session!.thoughts)).toHaveLength(51);
    expect(JSON.stringify(store.getState().session)).toBe(
      JSON.stringify(reduceAll(null, [...history, ...live, ...moderated])),
    );
    // An older snapshot (a slow answer) never replaces a newer view.
    store.getState().installSnapshot(snapshot);
    expect(store.getState().session?.seq).toBe(seq);
  });
});
