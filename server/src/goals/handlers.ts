import {
  aggregateGoalRatings,
  anonymityMinimum,
  ErrorCode,
  goalsOf,
  newEvent,
  type AppError,
  type SessionState,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

type GoalCommands = 'goal:tag' | 'goalRating:open' | 'goalRating:close' | 'goal:rate';

const noGoal = (s: SessionState, goalId: string): AppError | null =>
  goalsOf(s.setup).some((g) => g.id === goalId) ? null : { code: ErrorCode.NotFound, message: 'no such goal' };

/** Whether the tagged item exists (a struck-out note or a withdrawn thought cannot be tagged). */
const itemExists = (s: SessionState, kind: 'note' | 'thought' | 'theme', id: string): boolean => {
  if (kind === 'note') return !!s.notes[id] && !s.notes[id].deleted;
  if (kind === 'thought') return !!s.thoughts[id] && s.thoughts[id].status !== 'withdrawn';
  return !!s.themes[id];
};

/** The results as everyone may see them: by stakeholder group, groups below the session's minimum merged. */
export const goalRatingResults = (s: SessionState) =>
  aggregateGoalRatings(
    goalsOf(s.setup),
    (pid) => s.participants[pid]?.stakeholderGroupId,
    s.setup.stakeholderGroups.map((g) => g.id),
    s.goalRating.byParticipant,
    anonymityMinimum(s.setup),
  );

/** The plan in the room: tagging items to goals, and the anonymous goal rating. */
export const goalHandlers: HandlerGroup<GoalCommands> = {
  'goal:tag': (s, { kind, itemId, goalId }) => {
    if (goalId !== null) {
      const err = noGoal(s, goalId);
      if (err) return err;
    }
    if (!itemExists(s, kind, itemId)) return { code: ErrorCode.NotFound, message: `no such ${kind}` };
    const current = s.goalTags[`${kind}:${itemId}`] ?? null;
    return current === goalId ? [] : [newEvent('goal.tagged', { kind, itemId, goalId })];
  },
  'goalRating:open': (s) => {
    if (s.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    if (goalsOf(s.setup).length === 0) return { code: ErrorCode.InvalidState, message: 'the plan has no goals' };
    return s.goalRating.open ? [] : [newEvent('goalRating.opened', {})];
  },
  'goalRating:close': (s) => {
    if (!s.goalRating.open) return [];
    return [newEvent('goalRating.closed', { results: goalRatingResults(s) })];
  },
  'goal:rate': (s, { goalId, value }, { actor }) => {
    const pid = actor.participantId;
    if (!pid || !s.participants[pid]) return { code: ErrorCode.Forbidden, message: 'only a participant can rate' };
    const err = noGoal(s, goalId);
    if (err) return err;
    if (!s.goalRating.open) return { code: ErrorCode.GoalRatingClosed, message: 'the goal rating is not open' };
    const before = s.goalRating.byParticipant[pid];
    if (before?.[goalId] === value) return [];
    const rated = newEvent('goal.rated', { participantId: pid, ratings: { ...before, [goalId]: value } });
    if (before) return [rated];
    return [rated, newEvent('goalRating.tallied', { raters: Object.keys(s.goalRating.byParticipant).length + 1 })];
  },
};
