import { without, type Fold } from './types.js';

export const goalTagged: Fold<'goal.tagged'> = (s, e) => {
  const key = `${e.data.kind}:${e.data.itemId}`;
  return {
    ...s,
    goalTags: e.data.goalId === null ? without(s.goalTags, key) : { ...s.goalTags, [key]: e.data.goalId },
  };
};

export const goalRatingOpened: Fold<'goalRating.opened'> = (s) => ({
  ...s,
  goalRating: { ...s.goalRating, open: true },
});

export const goalRatingClosed: Fold<'goalRating.closed'> = (s, e) => ({
  ...s,
  goalRating: { ...s.goalRating, open: false, results: e.data.results },
});

export const goalRated: Fold<'goal.rated'> = (s, e) => ({
  ...s,
  goalRating: {
    ...s.goalRating,
    byParticipant: { ...s.goalRating.byParticipant, [e.data.participantId]: e.data.ratings },
  },
});

export const goalRatingTallied: Fold<'goalRating.tallied'> = (s, e) => ({
  ...s,
  goalRating: { ...s.goalRating, raters: e.data.raters },
});
