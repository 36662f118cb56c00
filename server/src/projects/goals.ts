import { goalsOf, goalRatingScale, summaryPlanLabels, type ProjectReportGoal } from '@aquarium/shared';
import type { PublishedSession } from './published.js';
import type { ProjectData } from './stored.js';

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const add = (a: number[], b: number[]) => a.map((n, i) => n + (b[i] ?? 0));

/**
 * The plan's goals with each region's published ratings, and their sums by stakeholder group. A region's
 * goal is found by its name, else by its number; goals only some regions had follow the project's. Every
 * number is a sum of rows a session published (already at or above its minimum group size): its "other"
 * rows add up into one "other" row, its "all" rows are left out (the last row sums everything shown).
 */
export const projectGoals = (data: ProjectData, sessions: PublishedSession[]): ProjectReportGoal[] => {
  const rated = sessions.filter((s) => s.doc.plan?.goals.some((g) => g.ratings !== null));
  if (rated.length === 0) return [];
  const names = goalsOf(data.setup).map((g) => g.name);
  const planned = names.length;
  const found = (s: PublishedSession, i: number) => {
    const goals = s.doc.plan?.goals ?? [];
    return goals.find((g) => norm(g.name) === norm(names[i]!)) ?? (i < planned ? goals[i] : undefined);
  };
  for (const s of rated) {
    for (const g of s.doc.plan?.goals ?? []) {
      if (!names.some((n, i) => norm(n) === norm(g.name) || found(s, i) === g)) names.push(g.name);
    }
  }
  const other = summaryPlanLabels[data.language].other;
  const all = summaryPlanLabels[data.language].all;
  return names.map((name, i) => {
    const byRegion = rated.map((s) => {
      const g = found(s, i);
      return { region: s.region, rows: g?.ratings ?? null, withheld: g?.ratingsWithheld ?? 0 };
    });
    const sums = new Map<string, number[]>();
    for (const s of rated) {
      const labels = s.doc.plan!.labels;
      for (const row of found(s, i)?.ratings ?? []) {
        if (row.group === labels.all) continue;
        const group = row.group === labels.other ? other : row.group;
        sums.set(group, add(sums.get(group) ?? goalRatingScale.map(() => 0), row.counts));
      }
    }
    // "Other" after the named groups.
    const named = [...sums.entries()].filter(([group]) => group !== other);
    const rows = [...named, ...(sums.has(other) ? [[other, sums.get(other)!] as const] : [])].map(
      ([group, counts]) => ({
        group,
        counts,
      }),
    );
    const total = rows.reduce(
      (sum, r) => add(sum, r.counts),
      goalRatingScale.map(() => 0),
    );
    return {
      number: i + 1,
      name,
      byRegion,
      byGroup: rows.length > 1 ? [...rows, { group: all, counts: total }] : rows,
    };
  });
};
