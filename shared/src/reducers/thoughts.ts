import type { Thought } from '../capture.js';
import { isOwned, patch, put, without } from './owned.js';
import type { Fold } from './types.js';

/**
 * Each author's thought ids in the order sent, per thoughts record: the server's rate limit reads an
 * author's newest thoughts without scanning everyone's. Built on first use; kept up to date while a fold
 * adds to the same record in place (a server session that owns its state), left behind when the record
 * is copied (built again if asked).
 */
const byAuthor = new WeakMap<Record<string, Thought>, Map<string, string[]>>();

/** The ids of one author's thoughts in `thoughts`, oldest first. */
export const thoughtIdsOf = (thoughts: Record<string, Thought>, participantId: string): readonly string[] => {
  let index = byAuthor.get(thoughts);
  if (!index) {
    index = new Map();
    for (const t of Object.values(thoughts)) addTo(index, t);
    byAuthor.set(thoughts, index);
  }
  return index.get(participantId) ?? [];
};

const addTo = (index: Map<string, string[]>, t: Thought) => {
  const ids = index.get(t.participantId);
  if (ids) ids.push(t.id);
  else index.set(t.participantId, [t.id]);
};

export const thoughtSubmitted: Fold<'thought.submitted'> = (s, e) => {
  const t = e.data.thought;
  if (s.thoughts[t.id]) return s;
  const index = isOwned(s.thoughts) ? byAuthor.get(s.thoughts) : undefined;
  const thoughts = put(s.thoughts, t.id, t);
  if (index) addTo(index, t);
  return { ...s, thoughts };
};

export const thoughtModerated: Fold<'thought.moderated'> = (s, e) => ({
  ...s,
  thoughts: patch(s.thoughts, e.data.thoughtId, (t) => ({ ...t, status: e.data.status })),
});

export const thoughtWithdrawn: Fold<'thought.withdrawn'> = (s, e) => ({
  ...s,
  thoughts: patch(s.thoughts, e.data.thoughtId, (t) => ({ ...t, status: 'withdrawn', pinned: false })),
});

export const thoughtPinned: Fold<'thought.pinned'> = (s, e) => ({
  ...s,
  thoughts: patch(s.thoughts, e.data.thoughtId, (t) => ({ ...t, pinned: e.data.pinned })),
});

export const thoughtThemed: Fold<'thought.themed'> = (s, e) => ({
  ...s,
  thoughts: patch(s.thoughts, e.data.thoughtId, (t) => ({ ...t, themeId: e.data.themeId })),
});

export const thoughtPublished: Fold<'thought.published'> = (s, e) => ({
  ...s,
  publicThoughts: put(s.publicThoughts, e.data.thought.id, e.data.thought),
});

/** A thought hidden or withdrawn leaves the projector and the list of every dot vote that named it. */
export const thoughtUnpublished: Fold<'thought.unpublished'> = (s, e) => {
  const id = e.data.thoughtId;
  let votes = s.votes;
  for (const vote of Object.values(s.votes)) {
    if (!vote.targets?.some((t) => t.id === id)) continue;
    votes = put(votes, vote.id, { ...vote, targets: vote.targets.filter((t) => t.id !== id) });
  }
  return { ...s, votes, publicThoughts: without(s.publicThoughts, id) };
};
