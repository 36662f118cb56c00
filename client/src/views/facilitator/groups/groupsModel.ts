import {
  groupProgress,
  groupQuestion,
  groupVoteTotals,
  pointsOf,
  type GroupPoint,
  type GroupProgress,
  type SmallGroupsState,
  type Question,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';

/** The question the groups work on now: the running step's one question (none in the lobby or after). */
export const currentQuestionId = (s: SessionState): string | null => {
  if (s.status !== 'running' || s.currentPhase === null) return null;
  return s.setup.phases[s.currentPhase]?.questionIds[0] ?? null;
};

/** Whether a group has work that the server keeps it from throwing away (re-forming, removing). */
export const hasWork = (g: SmallGroupsState, smallGroupId: string): boolean =>
  Object.values(g.points).some((p) => p.smallGroupId === smallGroupId) ||
  Object.entries(g.byQuestion).some(
    ([key, q]) =>
      key.startsWith(`${smallGroupId}:`) && (q.presented.length > 0 || q.record.draft !== '' || q.vote !== null),
  );

/** The groups in creation order. */
export const groupsInOrder = (g: SmallGroupsState): SmallGroup[] => g.order.flatMap((id) => g.groups[id] ?? []);

/** Participants (in join order) who are in no group. */
export const ungrouped = (order: readonly string[], g: SmallGroupsState): string[] => {
  const grouped = new Set(groupsInOrder(g).flatMap((group) => group.members.map((m) => m.id)));
  return order.filter((id) => !grouped.has(id));
};

/** "Group 4" for a new group: the lowest number no group is called yet. */
export const freeGroupName = (g: SmallGroupsState, named: (n: number) => string): string => {
  const taken = new Set(groupsInOrder(g).map((group) => group.name.trim().toLowerCase()));
  let n = g.order.length + 1;
  while (taken.has(named(n).toLowerCase())) n++;
  return named(n);
};

/** A point as the lead sees it: with the dots it got once the group's vote closed. */
export interface PointRow {
  point: GroupPoint;
  votes: number | null;
}

/** What one group did on one question, for the lead. */
export interface QuestionWork {
  question: Question;
  number: number;
  progress: GroupProgress;
  points: PointRow[];
  returned: string | null;
  /** The chair's draft while nothing (or something else) is returned. */
  draft: string | null;
}

export const questionWork = (
  g: SmallGroupsState,
  group: SmallGroup,
  question: Question,
  number: number,
): QuestionWork => {
  const q = groupQuestion(g, group.id, question.id);
  const totals = q.vote?.status === 'closed' ? groupVoteTotals(q.vote) : null;
  const draft = q.record.draft.trim();
  return {
    question,
    number,
    progress: groupProgress(g, group, question.id),
    points: pointsOf(g, group.id, question.id).map((point) => ({
      point,
      votes: totals ? (totals[point.id] ?? 0) : null,
    })),
    returned: q.record.returned,
    draft: draft && draft !== q.record.returned?.trim() ? q.record.draft : null,
  };
};

/** Every question a group has started on (something presented, chosen, drafted or returned). */
export const startedWork = (g: SmallGroupsState, group: SmallGroup, questions: readonly Question[]): QuestionWork[] =>
  questions
    .map((q, i) => questionWork(g, group, q, i + 1))
    .filter((w) => w.progress.presented > 0 || w.points.length > 0 || w.returned !== null || w.draft !== null);

/** "4–5": how many people each of `count` mixed groups gets. */
export const groupSizes = (people: number, count: number): string => {
  const n = Math.max(1, Math.min(count, people));
  const small = Math.floor(people / n);
  const large = Math.ceil(people / n);
  return small === large ? String(small) : `${small}–${large}`;
};

/** How many mixed groups to suggest: groups of about five, at least one. */
export const suggestedGroups = (people: number): number => Math.max(1, Math.min(100, Math.round(people / 5)));
