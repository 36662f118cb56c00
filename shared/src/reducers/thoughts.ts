import { patch, without, type Fold } from './types.js';

export const thoughtSubmitted: Fold<'thought.submitted'> = (s, e) =>
  s.thoughts[e.data.thought.id] ? s : { ...s, thoughts: { ...s.thoughts, [e.data.thought.id]: e.data.thought } };

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
  publicThoughts: { ...s.publicThoughts, [e.data.thought.id]: e.data.thought },
});

export const thoughtUnpublished: Fold<'thought.unpublished'> = (s, e) => ({
  ...s,
  publicThoughts: without(s.publicThoughts, e.data.thoughtId),
});
