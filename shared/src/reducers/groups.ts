import { emptyGroupQuestion, groupKey, type GroupQuestionState, type SmallGroupsState } from '../groups.js';
import type { SessionState } from '../state.js';
import { patch, without, type Fold } from './types.js';

export const withGroups = (s: SessionState, change: (g: SmallGroupsState) => SmallGroupsState): SessionState => ({
  ...s,
  groups: change(s.groups),
});

/** Marks a group as active at `at` (the lead's idle flag counts from its last step). */
export const touch = (g: SmallGroupsState, smallGroupId: string | null | undefined, at: number): SmallGroupsState =>
  smallGroupId && g.groups[smallGroupId] ? { ...g, activeAt: { ...g.activeAt, [smallGroupId]: at } } : g;

/** Changes the per-question state of one group. */
export const onQuestion = (
  g: SmallGroupsState,
  smallGroupId: string,
  questionId: string,
  change: (q: GroupQuestionState) => GroupQuestionState,
): SmallGroupsState => {
  const key = groupKey(smallGroupId, questionId);
  return { ...g, byQuestion: { ...g.byQuestion, [key]: change(g.byQuestion[key] ?? emptyGroupQuestion) } };
};

/** Folds a change of one group's work on a question, which also counts as the group's activity. */
const work = (
  s: SessionState,
  at: number,
  smallGroupId: string,
  questionId: string,
  change: (q: GroupQuestionState) => GroupQuestionState,
): SessionState => withGroups(s, (g) => touch(onQuestion(g, smallGroupId, questionId, change), smallGroupId, at));

export const groupCreated: Fold<'group.created'> = (s, e) =>
  withGroups(s, (g) =>
    g.groups[e.data.group.id]
      ? g
      : {
          ...g,
          groups: { ...g.groups, [e.data.group.id]: { ...e.data.group, chairId: null, members: [] } },
          order: [...g.order, e.data.group.id],
        },
  );

export const groupRenamed: Fold<'group.renamed'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, groups: patch(g.groups, e.data.smallGroupId, (x) => ({ ...x, name: e.data.name })) }));

export const groupDeleted: Fold<'group.deleted'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    groups: without(g.groups, e.data.smallGroupId),
    order: g.order.filter((id) => id !== e.data.smallGroupId),
    retired: g.retired.includes(e.data.smallGroupId) ? g.retired : [...g.retired, e.data.smallGroupId],
    former: without(g.former, e.data.smallGroupId),
    chairAway: without(g.chairAway, e.data.smallGroupId),
    shown: g.shown?.smallGroupId === e.data.smallGroupId ? null : g.shown,
  }));

/**
 * The groups without these participants (a chair who leaves leaves the chair empty); each group they
 * left remembers them, so that its removal still reaches their phones.
 */
const withoutMembers = (
  g: SmallGroupsState,
  leaving: ReadonlySet<string>,
): Pick<SmallGroupsState, 'groups' | 'former' | 'chairAway'> => {
  const groups = { ...g.groups };
  let former = g.former;
  let chairAway = g.chairAway;
  for (const id of g.order) {
    const group = groups[id]!;
    const left = group.members.filter((m) => leaving.has(m.id)).map((m) => m.id);
    if (left.length === 0) continue;
    const chairLeft = group.chairId !== null && leaving.has(group.chairId);
    groups[id] = {
      ...group,
      members: group.members.filter((m) => !leaving.has(m.id)),
      chairId: chairLeft ? null : group.chairId,
    };
    former = { ...former, [id]: [...new Set([...(former[id] ?? []), ...left])] };
    if (chairLeft) chairAway = without(chairAway, id);
  }
  return { groups, former, chairAway };
};

export const groupFormed: Fold<'group.formed'> = (s, e) =>
  withGroups(s, (g) => {
    const { group } = e.data;
    const left = withoutMembers(g, new Set(group.members.map((m) => m.id)));
    return {
      ...g,
      ...left,
      groups: { ...left.groups, [group.id]: group },
      order: g.order.includes(group.id) ? g.order : [...g.order, group.id],
    };
  });

export const participantGrouped: Fold<'participant.grouped'> = (s, e) =>
  withGroups(s, (g) => {
    const { participantId, name, smallGroupId } = e.data;
    const left = withoutMembers(g, new Set([participantId]));
    const groups = left.groups;
    const target = smallGroupId ? groups[smallGroupId] : undefined;
    if (target) groups[target.id] = { ...target, members: [...target.members, { id: participantId, name }] };
    return { ...g, ...left, groups };
  });

export const groupCaughtUp: Fold<'group.caughtUp'> = (s, e) =>
  withGroups(s, (g) => {
    const { group, soloThoughts, points, byQuestion, chairAway } = e.data.snapshot;
    return {
      ...g,
      groups: { ...g.groups, [group.id]: group },
      order: g.order.includes(group.id) ? g.order : [...g.order, group.id],
      soloThoughts: { ...g.soloThoughts, ...Object.fromEntries(soloThoughts.map((i) => [i.id, i])) },
      points: { ...g.points, ...Object.fromEntries(points.map((p) => [p.id, p])) },
      byQuestion: { ...g.byQuestion, ...byQuestion },
      chairAway: chairAway ? { ...g.chairAway, [group.id]: chairAway } : without(g.chairAway, group.id),
    };
  });

export const groupChairSet: Fold<'group.chairSet'> = (s, e) =>
  withGroups(s, (g) =>
    touch(
      {
        ...g,
        groups: patch(g.groups, e.data.smallGroupId, (x) => ({ ...x, chairId: e.data.participantId })),
        chairAway: without(g.chairAway, e.data.smallGroupId),
      },
      e.data.smallGroupId,
      e.at,
    ),
  );

export const soloThoughtWritten: Fold<'soloThought.written'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, soloThoughts: { ...g.soloThoughts, [e.data.soloThought.id]: e.data.soloThought } }));

export const soloThoughtWithdrawn: Fold<'soloThought.withdrawn'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, soloThoughts: without(g.soloThoughts, e.data.soloThoughtId) }));

export const groupPresented: Fold<'group.presented'> = (s, e) =>
  work(s, e.at, e.data.smallGroupId, e.data.questionId, (q) =>
    q.presented.includes(e.data.participantId) ? q : { ...q, presented: [...q.presented, e.data.participantId] },
  );

export const soloThoughtRevealed: Fold<'soloThought.revealed'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    soloThoughts: { ...g.soloThoughts, ...Object.fromEntries(e.data.soloThoughts.map((i) => [i.id, i])) },
  }));

export const pointAdded: Fold<'point.added'> = (s, e) =>
  withGroups(s, (g) =>
    touch({ ...g, points: { ...g.points, [e.data.point.id]: e.data.point } }, e.data.point.smallGroupId, e.at),
  );

export const pointEdited: Fold<'point.edited'> = (s, e) =>
  withGroups(s, (g) =>
    touch(
      { ...g, points: patch(g.points, e.data.pointId, (p) => ({ ...p, text: e.data.text })) },
      g.points[e.data.pointId]?.smallGroupId,
      e.at,
    ),
  );

export const pointMerged: Fold<'point.merged'> = (s, e) =>
  withGroups(s, (g) => {
    const source = g.points[e.data.sourceId];
    if (!source || !g.points[e.data.targetId]) return g;
    const points = patch(g.points, e.data.targetId, (t) => ({
      ...t,
      soloThoughtIds: [...new Set([...t.soloThoughtIds, ...source.soloThoughtIds])],
    }));
    return touch({ ...g, points: without(points, e.data.sourceId) }, source.smallGroupId, e.at);
  });

export const pointDeleted: Fold<'point.deleted'> = (s, e) =>
  withGroups(s, (g) =>
    touch({ ...g, points: without(g.points, e.data.pointId) }, g.points[e.data.pointId]?.smallGroupId, e.at),
  );

export const pointsOrdered: Fold<'points.ordered'> = (s, e) =>
  withGroups(s, (g) => {
    let points = g.points;
    e.data.pointIds.forEach((id, order) => {
      points = patch(points, id, (p) => ({ ...p, order }));
    });
    return touch({ ...g, points }, e.data.smallGroupId, e.at);
  });

export const groupVoteOpened: Fold<'groupVote.opened'> = (s, e) =>
  work(s, e.at, e.data.smallGroupId, e.data.questionId, (q) => ({
    ...q,
    vote: { dots: e.data.dots, status: 'open', allocations: {}, totals: null },
  }));

export const groupVoteAllocated: Fold<'groupVote.allocated'> = (s, e) =>
  work(s, e.at, e.data.smallGroupId, e.data.questionId, (q) =>
    q.vote
      ? { ...q, vote: { ...q.vote, allocations: { ...q.vote.allocations, [e.data.participantId]: e.data.allocation } } }
      : q,
  );

export const groupVoteClosed: Fold<'groupVote.closed'> = (s, e) =>
  work(s, e.at, e.data.smallGroupId, e.data.questionId, (q) =>
    q.vote ? { ...q, vote: { ...q.vote, status: 'closed', totals: e.data.totals } } : q,
  );

export const groupRecordDrafted: Fold<'group.recordDrafted'> = (s, e) =>
  work(s, e.at, e.data.smallGroupId, e.data.questionId, (q) => ({ ...q, record: { ...q.record, draft: e.data.text } }));

export const groupReturned: Fold<'group.returned'> = (s, e) =>
  work(s, e.at, e.data.smallGroupId, e.data.questionId, (q) => ({
    ...q,
    record: { draft: e.data.text, returned: e.data.text, returnedAt: e.at },
  }));
