import type { Goal } from './goals.js';

/** Nesting depth of activities: an activity, its sub-activities and theirs. */
export const MAX_ACTIVITY_DEPTH = 3;

/** Most goals one plan holds: one digit key (1–9) tags an item to each. */
export const MAX_GOALS = 9;

/** Default minimum size of a stakeholder group shown next to ratings or thoughts (k-anonymity). */
export const DEFAULT_ANONYMITY_MINIMUM = 3;

/** A rating: 1 (not at all) … 4 (fully), or `cantSay` (the schema is `GoalRatingValue` in goals.ts). */
export type GoalRatingValue = 1 | 2 | 3 | 4 | 'cantSay';

/** The scale in the order phones and tables show it: best first, "can't say" last. */
export const goalRatingScale: readonly GoalRatingValue[] = [4, 3, 2, 1, 'cantSay'];

/** What an item tagged to a goal is. */
export type GoalTagKind = 'note' | 'thought' | 'theme';

/** Key of a tagged item in `SessionState.goalTags`. */
export const goalTagKey = (kind: GoalTagKind, id: string): string => `${kind}:${id}`;

/** One row of a goal's results: a stakeholder group's counts, or `other` (small groups merged), or `all`. */
export interface GoalRatingRow {
  /** A stakeholder group id, `other` or `all`. */
  group: string;
  /** Counts in {@link goalRatingScale} order: 4, 3, 2, 1, can't say. */
  counts: number[];
}

/** Aggregated ratings of one goal, with every group below the minimum merged or held back. */
export interface GoalRatingResult {
  goalId: string;
  rows: GoalRatingRow[];
  /** Ratings of groups too small to show even merged (no `all` row is given then, so none can be deduced). */
  withheld: number;
}

/**
 * The goal rating as one audience sees it: whether phones may rate now, how many have, and the
 * aggregated results of the last close. `mine` is a phone's own ratings; the server holds everyone's in
 * `byParticipant`, which never leaves it (no event carries another person's rating).
 */
export interface GoalRatingState {
  open: boolean;
  raters: number;
  results: GoalRatingResult[] | null;
  byParticipant: Record<string, Record<string, GoalRatingValue>>;
}

export const emptyGoalRating: GoalRatingState = { open: false, raters: 0, results: null, byParticipant: {} };

const countsOf = (values: GoalRatingValue[]): number[] =>
  goalRatingScale.map((v) => values.filter((x) => x === v).length);

/**
 * Aggregates every rating by stakeholder group. A group with fewer raters of a goal than `minimum` is
 * merged into `other`; if `other` is still below it, its ratings are withheld and no total is given.
 */
export const aggregateGoalRatings = (
  goals: readonly { id: string }[],
  groupOf: (participantId: string) => string | undefined,
  groupOrder: readonly string[],
  byParticipant: Record<string, Record<string, GoalRatingValue>>,
  minimum: number,
): GoalRatingResult[] =>
  goals.map((goal) => {
    const byGroup = new Map<string, GoalRatingValue[]>();
    for (const [pid, ratings] of Object.entries(byParticipant)) {
      const value = ratings[goal.id];
      const group = groupOf(pid);
      if (value === undefined || group === undefined) continue;
      byGroup.set(group, [...(byGroup.get(group) ?? []), value]);
    }
    const rows: GoalRatingRow[] = [];
    const other: GoalRatingValue[] = [];
    for (const group of groupOrder) {
      const values = byGroup.get(group) ?? [];
      if (values.length === 0) continue;
      if (values.length >= minimum) rows.push({ group, counts: countsOf(values) });
      else other.push(...values);
    }
    let withheld = 0;
    if (other.length >= minimum) rows.push({ group: 'other', counts: countsOf(other) });
    else withheld = other.length;
    const all = [...byGroup.values()].flat();
    if (withheld === 0 && rows.length > 1) rows.push({ group: 'all', counts: countsOf(all) });
    return { goalId: goal.id, rows, withheld };
  });

/** Everything of the plan a setup carries (the development themes are the setup's `developmentThemes`). */
const noGoals: Goal[] = [];

/** The setup's goals; one shared empty list when there are none, so a store selector's answer stays the same. */
export const goalsOf = (setup: { goals?: Goal[] | undefined }): Goal[] => setup.goals ?? noGoals;

/** The setup's minimum group size for showing a stakeholder group next to content. */
export const anonymityMinimum = (setup: { anonymityMinimum?: number | undefined }): number =>
  setup.anonymityMinimum ?? DEFAULT_ANONYMITY_MINIMUM;
