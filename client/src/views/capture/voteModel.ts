import type { SessionState, Vote } from '@aquarium/shared';

/** The most recently opened vote, if any. */
export const latestVote = (s: SessionState): Vote | null =>
  Object.values(s.votes).reduce<Vote | null>((a, v) => (!a || v.openedAt >= a.openedAt ? v : a), null);

/**
 * What a vote's dots may go to, with a readable name: the thoughts the vote lists (every role receives them
 * with the vote), or the question's themes. A vote on thoughts stored before votes listed them falls back to
 * the question's approved thoughts (staff hold the full thoughts, the projector their public copies).
 */
export const voteTargets = (s: SessionState, vote: Vote): { id: string; name: string }[] => {
  if (vote.targets) return vote.targets.map((th) => ({ id: th.id, name: th.text }));
  if (vote.targetKind === 'theme') {
    return Object.values(s.themes)
      .filter((th) => th.questionId === vote.questionId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((th) => ({ id: th.id, name: th.name }));
  }
  const byId = new Map<string, { id: string; name: string; at: number }>();
  for (const th of Object.values(s.publicThoughts)) {
    if (th.questionId === vote.questionId) byId.set(th.id, { id: th.id, name: th.text, at: th.submittedAt });
  }
  for (const th of Object.values(s.thoughts)) {
    if (th.questionId === vote.questionId && th.status === 'approved') {
      byId.set(th.id, { id: th.id, name: th.text, at: th.submittedAt });
    }
  }
  return [...byId.values()].sort((a, b) => a.at - b.at).map(({ id, name }) => ({ id, name }));
};

export interface VoteRow {
  id: string;
  name: string;
  count: number;
}

/** Targets with their totals, most dots first (ties in their own order). */
export const voteRows = (s: SessionState, vote: Vote, totals: Record<string, number>): VoteRow[] =>
  voteTargets(s, vote)
    .map((target) => ({ ...target, count: totals[target.id] ?? 0 }))
    .sort((a, b) => b.count - a.count);
