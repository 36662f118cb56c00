import type { Phase } from './setup.js';

/** Pure operations on a phase plan; the create form and tests use the same ones. */

export const addPhase = (plan: readonly Phase[], phase: Phase, at = plan.length): Phase[] => [
  ...plan.slice(0, at),
  phase,
  ...plan.slice(at),
];

export const removePhase = (plan: readonly Phase[], id: string): Phase[] => plan.filter((p) => p.id !== id);

/** Moves the phase at `from` to `to`; out-of-range moves leave the plan as it was. */
export const movePhase = (plan: readonly Phase[], from: number, to: number): Phase[] => {
  if (from < 0 || from >= plan.length || to < 0 || to >= plan.length) return [...plan];
  const next = [...plan];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
};

export const updatePhase = (plan: readonly Phase[], id: string, change: Partial<Omit<Phase, 'id'>>): Phase[] =>
  plan.map((p) => (p.id === id ? { ...p, ...change } : p));

/** Removes a question from every phase's focus, e.g. after the question itself is deleted. */
export const dropQuestion = (plan: readonly Phase[], questionId: string): Phase[] =>
  plan.map((p) => ({ ...p, questionIds: p.questionIds.filter((q) => q !== questionId) }));

export const plannedMinutesTotal = (plan: readonly Phase[]): number =>
  plan.reduce((sum, p) => sum + p.plannedMinutes, 0);

/** A new id not used by any item in the list: `prefix` plus the lowest free number. */
export const nextId = (prefix: string, items: readonly { id: string }[]): string => {
  const taken = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
};
