import { memberPosition, type GroupPoint, type SmallGroup } from '@aquarium/shared';

/** Pure helpers of the small-group phone: dots, point order, the record's starting text. */

export type Allocation = Record<string, number>;

/** Dots placed in one allocation. */
export const usedDots = (allocation: Allocation): number => Object.values(allocation).reduce((a, b) => a + b, 0);

/** Dots still free out of `dots`; never below zero (the lead or a lost race may leave too many placed). */
export const dotsLeft = (dots: number, allocation: Allocation): number => Math.max(0, dots - usedDots(allocation));

/**
 * The allocation after adding (`+1`) or taking back (`-1`) a dot on `targetId`, without zero entries; null
 * when the change is not possible (no dot left, or none there to take back).
 */
export const changeDots = (
  allocation: Allocation,
  targetId: string,
  delta: 1 | -1,
  dots: number,
): Allocation | null => {
  const current = allocation[targetId] ?? 0;
  if (delta < 0 && current === 0) return null;
  if (delta > 0 && dotsLeft(dots, allocation) === 0) return null;
  const next: Allocation = {};
  for (const [id, n] of Object.entries(allocation)) if (n > 0 && id !== targetId) next[id] = n;
  if (current + delta > 0) next[targetId] = current + delta;
  return next;
};

/** The ids with `id` moved one place up (`-1`) or down (`+1`); null when it is already at that end or absent. */
export const moveInOrder = (ids: readonly string[], id: string, delta: 1 | -1): string[] | null => {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next[from] = ids[to]!;
  next[to] = id;
  return next;
};

/** Point ids by vote totals, most first; ties keep the chair's order. */
export const orderByTotals = (points: readonly GroupPoint[], totals: Record<string, number>): string[] =>
  points
    .map((p, i) => ({ id: p.id, i, n: totals[p.id] ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((p) => p.id);

/** Whether two orders are the same. */
export const sameOrder = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => b[i] === id);

/** The record's starting text when the chair has written nothing yet: one "- point" line per point. */
export const recordPrefill = (points: readonly Pick<GroupPoint, 'text'>[]): string =>
  points.map((p) => `- ${p.text.replace(/\s*\n\s*/g, ' ').trim()}`).join('\n');

/** Texts the server would store the same (it trims): an echo of one's own save is not someone else's edit. */
export const sameRecord = (a: string, b: string): boolean => a.trim() === b.trim();

/** A member's name, or their position ("Jäsen 2") when they gave none: numbers come from the caller's catalog. */
export const memberLabel = (group: SmallGroup, participantId: string, numbered: (n: number) => string): string => {
  const member = group.members.find((m) => m.id === participantId);
  return member?.name || numbered(memberPosition(group, participantId));
};

/** The 1-based number of the point that gathers a solo thought, or 0. */
export const pointNumberOf = (points: readonly GroupPoint[], soloThoughtId: string): number =>
  points.findIndex((p) => p.soloThoughtIds.includes(soloThoughtId)) + 1;
