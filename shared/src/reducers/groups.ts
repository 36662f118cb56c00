import { emptyGroupQuestion, groupKey, type GroupQuestionState, type GroupsState, type SmallGroup } from '../groups.js';
import type { SessionState } from '../state.js';
import { patch, without, type Fold } from './types.js';

const withGroups = (s: SessionState, change: (g: GroupsState) => GroupsState): SessionState => ({
  ...s,
  groups: change(s.groups),
});

/** Changes the per-question state of one group. */
const onQuestion = (
  g: GroupsState,
  groupId: string,
  questionId: string,
  change: (q: GroupQuestionState) => GroupQuestionState,
): GroupsState => {
  const key = groupKey(groupId, questionId);
  return { ...g, byQuestion: { ...g.byQuestion, [key]: change(g.byQuestion[key] ?? emptyGroupQuestion) } };
};

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
  withGroups(s, (g) => ({ ...g, groups: patch(g.groups, e.data.groupId, (x) => ({ ...x, name: e.data.name })) }));

export const groupDeleted: Fold<'group.deleted'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    groups: without(g.groups, e.data.groupId),
    order: g.order.filter((id) => id !== e.data.groupId),
  }));

/** The groups without these participants (a chair who leaves leaves the chair empty). */
const withoutMembers = (g: GroupsState, leaving: ReadonlySet<string>): Record<string, SmallGroup> => {
  const groups = { ...g.groups };
  for (const id of g.order) {
    const group = groups[id]!;
    if (group.members.some((m) => leaving.has(m.id))) {
      groups[id] = {
        ...group,
        members: group.members.filter((m) => !leaving.has(m.id)),
        chairId: group.chairId && leaving.has(group.chairId) ? null : group.chairId,
      };
    }
  }
  return groups;
};

export const groupFormed: Fold<'group.formed'> = (s, e) =>
  withGroups(s, (g) => {
    const { group } = e.data;
    const groups = withoutMembers(g, new Set(group.members.map((m) => m.id)));
    return {
      ...g,
      groups: { ...groups, [group.id]: group },
      order: g.order.includes(group.id) ? g.order : [...g.order, group.id],
    };
  });

export const participantGrouped: Fold<'participant.grouped'> = (s, e) =>
  withGroups(s, (g) => {
    const { participantId, name, groupId } = e.data;
    const groups = withoutMembers(g, new Set([participantId]));
    const target = groupId ? groups[groupId] : undefined;
    if (target) groups[target.id] = { ...target, members: [...target.members, { id: participantId, name }] };
    return { ...g, groups };
  });

export const groupCaughtUp: Fold<'group.caughtUp'> = (s, e) =>
  withGroups(s, (g) => {
    const { group, ideas, points, byQuestion } = e.data.snapshot;
    return {
      groups: { ...g.groups, [group.id]: group },
      order: g.order.includes(group.id) ? g.order : [...g.order, group.id],
      ideas: { ...g.ideas, ...Object.fromEntries(ideas.map((i) => [i.id, i])) },
      points: { ...g.points, ...Object.fromEntries(points.map((p) => [p.id, p])) },
      byQuestion: { ...g.byQuestion, ...byQuestion },
    };
  });

export const groupChairSet: Fold<'group.chairSet'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    groups: patch(g.groups, e.data.groupId, (x) => ({ ...x, chairId: e.data.participantId })),
  }));

export const ideaWritten: Fold<'idea.written'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, ideas: { ...g.ideas, [e.data.idea.id]: e.data.idea } }));

export const ideaWithdrawn: Fold<'idea.withdrawn'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, ideas: without(g.ideas, e.data.ideaId) }));

export const groupPresented: Fold<'group.presented'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) =>
      q.presented.includes(e.data.participantId) ? q : { ...q, presented: [...q.presented, e.data.participantId] },
    ),
  );

export const ideaRevealed: Fold<'idea.revealed'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, ideas: { ...g.ideas, ...Object.fromEntries(e.data.ideas.map((i) => [i.id, i])) } }));

export const pointAdded: Fold<'point.added'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, points: { ...g.points, [e.data.point.id]: e.data.point } }));

export const pointEdited: Fold<'point.edited'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, points: patch(g.points, e.data.pointId, (p) => ({ ...p, text: e.data.text })) }));

export const pointMerged: Fold<'point.merged'> = (s, e) =>
  withGroups(s, (g) => {
    const source = g.points[e.data.sourceId];
    if (!source || !g.points[e.data.targetId]) return g;
    const points = patch(g.points, e.data.targetId, (t) => ({
      ...t,
      ideaIds: [...new Set([...t.ideaIds, ...source.ideaIds])],
    }));
    return { ...g, points: without(points, e.data.sourceId) };
  });

export const pointDeleted: Fold<'point.deleted'> = (s, e) =>
  withGroups(s, (g) => ({ ...g, points: without(g.points, e.data.pointId) }));

export const pointsOrdered: Fold<'points.ordered'> = (s, e) =>
  withGroups(s, (g) => {
    let points = g.points;
    e.data.pointIds.forEach((id, order) => {
      points = patch(points, id, (p) => ({ ...p, order }));
    });
    return { ...g, points };
  });

export const groupVoteOpened: Fold<'groupVote.opened'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) => ({
      ...q,
      vote: { dots: e.data.dots, status: 'open', allocations: {}, totals: null },
    })),
  );

export const groupVoteAllocated: Fold<'groupVote.allocated'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) =>
      q.vote
        ? {
            ...q,
            vote: { ...q.vote, allocations: { ...q.vote.allocations, [e.data.participantId]: e.data.allocation } },
          }
        : q,
    ),
  );

export const groupVoteClosed: Fold<'groupVote.closed'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) =>
      q.vote ? { ...q, vote: { ...q.vote, status: 'closed', totals: e.data.totals } } : q,
    ),
  );

export const groupRecordDrafted: Fold<'group.recordDrafted'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) => ({ ...q, record: { ...q.record, draft: e.data.text } })),
  );

export const groupReturned: Fold<'group.returned'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) => ({
      ...q,
      record: { draft: e.data.text, returned: e.data.text, returnedAt: e.at },
    })),
  );
