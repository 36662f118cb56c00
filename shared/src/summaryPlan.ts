import type { Note, Thought } from './capture.js';
import { anonymityMinimum, goalsOf, goalTagKey, type Activity } from './goals.js';
import type { SessionState } from './state.js';
import type { SummaryItems } from './summaryDocument.js';
import { summaryPlanLabels, type SummaryPlanLabels } from './summaryPlanLabels.js';

/** One activity of a goal as the summary lists it, with its sub-activities. */
export interface SummaryActivity {
  text: string;
  date: string;
  children: SummaryActivity[];
}

/** One goal read in the summary: the plan's words, the participants' ratings and what was said about it. */
export interface SummaryGoal {
  number: number;
  name: string;
  expectedResult: string;
  indicators: string[];
  activities: SummaryActivity[];
  /** Rows by stakeholder group name (small groups merged as "other"), counts best first; null: not rated. */
  ratings: { group: string; counts: number[] }[] | null;
  /** Ratings held back because their groups were too small even merged. */
  ratingsWithheld: number;
  /** Notes and thoughts tagged to the goal (directly or through their theme). */
  items: SummaryItems;
}

/** The project plan read goal by goal (DESIGN §3.3), and what was not foreseen. */
export interface SummaryPlan {
  labels: SummaryPlanLabels;
  developmentThemes: string[];
  goals: SummaryGoal[];
  /** Notes and thoughts tagged to no goal; null while nothing at all is tagged. */
  unforeseen: SummaryItems | null;
}

const activity = (a: Activity): SummaryActivity => ({
  text: a.text,
  date: a.date ?? '',
  children: (a.children ?? []).map(activity),
});

/**
 * The goal an item belongs to: its own tag, else its theme's. Notes and thoughts are looked up by the
 * same keys the scribe and facilitators tag them with.
 */
export const goalOfItem = (s: SessionState, kind: 'note' | 'thought', item: Note | Thought): string | null =>
  s.goalTags[goalTagKey(kind, item.id)] ??
  (item.themeId ? (s.goalTags[goalTagKey('theme', item.themeId)] ?? null) : null);

/** A stakeholder group's name where it may stand next to content: groups below the minimum are "other". */
export const anonymousGroupName = (s: SessionState): ((stakeholderGroupId: string | null) => string) => {
  const minimum = anonymityMinimum(s.setup);
  const other = summaryPlanLabels[s.setup.language].other;
  const size = new Map<string, number>();
  for (const p of Object.values(s.participants))
    size.set(p.stakeholderGroupId, (size.get(p.stakeholderGroupId) ?? 0) + 1);
  return (stakeholderGroupId) => {
    const group = s.setup.stakeholderGroups.find((g) => g.id === stakeholderGroupId);
    if (!group) return '';
    return (size.get(group.id) ?? 0) >= minimum ? group.name : other;
  };
};

/**
 * Composes the plan part from the session: `items(scope, inScope)` is the summary's own item composer,
 * so goals list notes and thoughts exactly as the questions do. Undefined when the plan has no goals.
 */
export const composePlan = (
  s: SessionState,
  items: (scope: string, inScope: (kind: 'note' | 'thought', item: Note | Thought) => boolean) => SummaryItems,
): SummaryPlan | undefined => {
  const goals = goalsOf(s.setup);
  if (goals.length === 0) return undefined;
  const labels = summaryPlanLabels[s.setup.language];
  const groupName = (id: string) =>
    id === 'other'
      ? labels.other
      : id === 'all'
        ? labels.all
        : (s.setup.stakeholderGroups.find((g) => g.id === id)?.name ?? labels.other);
  const results = new Map((s.goalRating.results ?? []).map((r) => [r.goalId, r]));
  const known = new Set(goals.map((g) => g.id));
  const anyTagged = Object.values(s.goalTags).some((goalId) => known.has(goalId));
  return {
    labels,
    developmentThemes: (s.setup.developmentThemes ?? []).map((t) => t.name),
    goals: goals.map((goal, i) => {
      const result = results.get(goal.id);
      return {
        number: i + 1,
        name: goal.name,
        expectedResult: goal.expectedResult,
        indicators: goal.indicators ?? [],
        activities: (goal.activities ?? []).map(activity),
        ratings: result ? result.rows.map((row) => ({ group: groupName(row.group), counts: row.counts })) : null,
        ratingsWithheld: result?.withheld ?? 0,
        items: items(`goal:${goal.id}`, (kind, item) => goalOfItem(s, kind, item) === goal.id),
      };
    }),
    unforeseen: anyTagged
      ? items('unforeseen', (kind, item) => {
          const goal = goalOfItem(s, kind, item);
          return goal === null || !known.has(goal);
        })
      : null,
  };
};
