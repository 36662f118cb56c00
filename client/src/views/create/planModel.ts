import { MAX_ACTIVITY_DEPTH, MAX_GOALS, type Activity, type Goal, type SessionSetup } from '@aquarium/shared';

/** A fresh id not used anywhere in the tree (activities of every goal share one id space per goal). */
const allIds = (activities: Activity[]): string[] => activities.flatMap((a) => [a.id, ...allIds(a.children ?? [])]);

export const newActivityId = (goal: Goal): string => {
  const used = new Set(allIds(goal.activities ?? []));
  let n = used.size + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
};

/** Replaces the activity with `id` anywhere in the tree (or removes it, with `null`). */
export const updateActivity = (
  activities: Activity[],
  id: string,
  change: (a: Activity) => Activity | null,
): Activity[] =>
  activities.flatMap((a) => {
    if (a.id === id) {
      const changed = change(a);
      return changed ? [changed] : [];
    }
    return a.children ? [{ ...a, children: updateActivity(a.children, id, change) }] : [a];
  });

export const canNest = (depth: number) => depth < MAX_ACTIVITY_DEPTH - 1;

export const newGoal = (goals: Goal[]): Goal => {
  const used = new Set(goals.map((g) => g.id));
  let n = goals.length + 1;
  while (used.has(`goal${n}`)) n++;
  return { id: `goal${n}`, name: '', expectedResult: '', indicators: [], activities: [] };
};

export const canAddGoal = (goals: Goal[]) => goals.length < MAX_GOALS;

const trimActivities = (activities: Activity[]): Activity[] =>
  activities
    .map((a) => ({
      id: a.id,
      text: a.text.trim(),
      ...(a.date?.trim() ? { date: a.date.trim() } : {}),
      ...(a.children?.length ? { children: trimActivities(a.children) } : {}),
    }))
    .filter((a) => a.text.length > 0 || (a.children?.length ?? 0) > 0);

/** The goals as the server's schema will store them: trimmed, empty indicators and activities dropped. */
export const trimGoals = (goals: SessionSetup['goals']): Goal[] =>
  (goals ?? []).map((g) => ({
    id: g.id,
    name: g.name.trim(),
    expectedResult: g.expectedResult.trim(),
    indicators: (g.indicators ?? []).map((i) => i.trim()).filter(Boolean),
    activities: trimActivities(g.activities ?? []),
  }));

/** Indicators are edited one a line. */
export const indicatorsText = (goal: Goal) => (goal.indicators ?? []).join('\n');
export const indicatorsFrom = (text: string) => text.split('\n').slice(0, 20);
