import {
  ErrorCode,
  limits,
  newEvent,
  voteTotals,
  type AppError,
  type SessionState,
  type Vote,
  type VoteTarget,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

const findVote = (s: SessionState, id: string): Vote | AppError =>
  s.votes[id] ?? { code: ErrorCode.NotFound, message: 'no such vote' };
const isVote = (v: Vote | AppError): v is Vote => 'id' in v;

/**
 * The published thoughts of a question, oldest first, for a new vote's list. A pass over the session's
 * thoughts, once per vote opened; placing dots reads the vote's own list.
 */
const publishedUnder = (s: SessionState, questionId: string): VoteTarget[] =>
  Object.values(s.thoughts)
    .filter((t) => t.questionId === questionId && t.status === 'approved')
    .sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1))
    .map((t) => ({ id: t.id, text: t.text }));

/**
 * The ids a vote's dots may go to: its own list of thoughts, or the question's themes (and, for a vote on
 * thoughts stored without a list, the question's approved thoughts as they are now).
 */
export const voteTargets = (
  s: SessionState,
  vote: Pick<Vote, 'questionId' | 'targetKind' | 'targets'>,
): Set<string> => {
  if (vote.targets) return new Set(vote.targets.map((t) => t.id));
  const ids =
    vote.targetKind === 'theme'
      ? Object.values(s.themes).filter((t) => t.questionId === vote.questionId)
      : publishedUnder(s, vote.questionId);
  return new Set(ids.map((i) => i.id));
};

/** Dot votes: open, place dots from phones, close, reveal. */
export const voteHandlers: HandlerGroup<'vote:open' | 'vote:allocate' | 'vote:close' | 'vote:reveal'> = {
  'vote:open': (s, { voteId, questionId, targetKind, dots }, { now }) => {
    if (s.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    if (s.votes[voteId]) return { code: ErrorCode.InvalidState, message: 'a vote with this id exists' };
    if (!s.setup.questions.some((q) => q.id === questionId)) {
      return { code: ErrorCode.NotFound, message: 'no such question' };
    }
    const targets = targetKind === 'thought' ? publishedUnder(s, questionId) : undefined;
    if ((targets?.length ?? voteTargets(s, { questionId, targetKind }).size) === 0) {
      return { code: ErrorCode.InvalidState, message: 'there is nothing to vote on under this question yet' };
    }
    if (targets && targets.length > limits.maxVoteThoughts) {
      return {
        code: ErrorCode.InvalidState,
        message: `a vote lists at most ${limits.maxVoteThoughts} thoughts (this question has ${targets.length}); sort them under themes and vote on those`,
      };
    }
    const vote = { id: voteId, questionId, targetKind, dots, openedAt: now };
    return [newEvent('vote.opened', { vote: targets ? { ...vote, targets } : vote })];
  },
  'vote:allocate': (s, { voteId, allocation }, { actor }) => {
    const vote = findVote(s, voteId);
    if (!isVote(vote)) return vote;
    if (!actor.participantId || !s.participants[actor.participantId]) {
      return { code: ErrorCode.Forbidden, message: 'only a participant can vote' };
    }
    if (vote.status !== 'open') return { code: ErrorCode.InvalidState, message: 'this vote is closed' };
    const targets = voteTargets(s, vote);
    const cleaned = Object.fromEntries(Object.entries(allocation).filter(([, n]) => n > 0));
    if (Object.keys(cleaned).some((id) => !targets.has(id))) {
      return { code: ErrorCode.InvalidPayload, message: 'a dot is on something that is not part of this vote' };
    }
    const used = Object.values(cleaned).reduce((a, b) => a + b, 0);
    if (used > vote.dots) return { code: ErrorCode.InvalidPayload, message: `you have ${vote.dots} dots in all` };
    const allocated = newEvent('vote.allocated', { voteId, participantId: actor.participantId, allocation: cleaned });
    // The projector does not see who placed what; it counts the people who have voted.
    const voters = new Set(Object.keys(vote.allocations)).add(actor.participantId).size;
    const counted = vote.allocations[actor.participantId] === undefined;
    return counted ? [allocated, newEvent('vote.tallied', { voteId, voters })] : [allocated];
  },
  'vote:close': (s, { voteId }) => {
    const vote = findVote(s, voteId);
    if (!isVote(vote)) return vote;
    return vote.status === 'closed' ? [] : [newEvent('vote.closed', { voteId })];
  },
  'vote:reveal': (s, { voteId }) => {
    const vote = findVote(s, voteId);
    if (!isVote(vote)) return vote;
    // Revealing puts the results on the projector; a facilitator can take them down with `screen:show`.
    return [
      newEvent('vote.revealed', { voteId, totals: voteTotals({ ...vote, revealed: null }) }),
      newEvent('screen.shown', { projector: { ...s.projector, mode: 'results', voteId } }),
    ];
  },
};
