import {
  ErrorCode,
  groupKey,
  groupOf,
  groupQuestion,
  groupVoteTotals,
  ideasOf,
  limits,
  newEvent,
  nextId,
  pointsOf,
  reduce,
  type AppError,
  type CommandName,
  type GroupSnapshot,
  type NewEvent,
  type SessionEvent,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import type { Actor, HandlerGroup } from '../sessions/commands.js';
import { planGroups } from './formation.js';

const refuse = (code: AppError['code'], message: string): AppError => ({ code, message });
const isError = <T extends object>(x: T | AppError): x is AppError => 'code' in x && 'message' in x && !('id' in x);

const ids = (group: SmallGroup) => group.members.map((m) => m.id);

/** Refuses what only makes sense in a running small-group session. */
const notOpen = (s: SessionState): AppError | null => {
  if (s.setup.method !== 'smallGroups') return refuse(ErrorCode.InvalidState, 'this session does not use small groups');
  if (s.status === 'ended') return refuse(ErrorCode.InvalidState, 'the session has ended');
  return null;
};

const hasQuestion = (s: SessionState, questionId: string) => s.setup.questions.some((q) => q.id === questionId);

/** Whether a group has work that re-forming the groups would throw away. */
const hasWork = (s: SessionState, groupId: string) =>
  Object.values(s.groups.points).some((p) => p.groupId === groupId) ||
  Object.entries(s.groups.byQuestion).some(
    ([key, q]) => key.startsWith(`${groupId}:`) && (q.presented.length > 0 || q.record.draft !== '' || q.vote !== null),
  );

/** Folds events into a scratch copy of the state, so a command can decide its next events on top of them. */
const applied = (s: SessionState, events: NewEvent[], at: number): SessionState =>
  events.reduce((st, e) => reduce(st, { ...e, seq: st.seq + 1, at } as SessionEvent), s);

/** What a member who arrives in a group sees: its presented ideas, points, votes (only their own dots). */
const snapshotFor = (s: SessionState, group: SmallGroup, participantId: string): GroupSnapshot => {
  const byQuestion: GroupSnapshot['byQuestion'] = {};
  for (const q of s.setup.questions) {
    const key = groupKey(group.id, q.id);
    const state = s.groups.byQuestion[key];
    if (!state) continue;
    const vote = state.vote && {
      ...state.vote,
      allocations:
        participantId in state.vote.allocations ? { [participantId]: state.vote.allocations[participantId]! } : {},
    };
    byQuestion[key] = { ...state, vote };
  }
  const ideas = s.setup.questions.flatMap((q) => [
    ...groupQuestion(s.groups, group.id, q.id).presented.flatMap((pid) => ideasOf(s.groups, pid, q.id)),
    ...ideasOf(s.groups, participantId, q.id),
  ]);
  const points = Object.values(s.groups.points).filter((p) => p.groupId === group.id);
  return { group, ideas: [...new Map(ideas.map((i) => [i.id, i])).values()], points, byQuestion };
};

/** Moves one participant (into `groupId`, or out with null): the move, then the newcomer's catch-up. */
const move = (s: SessionState, participantId: string, groupId: string | null, at: number): NewEvent[] => {
  const p = s.participants[participantId]!;
  const from = groupOf(s.groups, participantId);
  const to = groupId ? s.groups.groups[groupId] : undefined;
  if ((from?.id ?? null) === (groupId ?? null)) return [];
  const audience = [...new Set([...(from ? ids(from) : []), ...(to ? ids(to) : []), participantId])];
  const moved = newEvent('participant.grouped', { participantId, name: p.displayName, groupId, to: audience });
  if (!to) return [moved];
  const after = applied(s, [moved], at);
  return [
    moved,
    newEvent('group.caughtUp', {
      participantId,
      snapshot: snapshotFor(after, after.groups.groups[to.id]!, participantId),
    }),
  ];
};

/** The sender's group, when they are in one. */
const memberGroup = (s: SessionState, actor: Actor): SmallGroup | AppError => {
  const group = groupOf(s.groups, actor.participantId);
  return group ?? refuse(ErrorCode.InvalidState, 'you are not in a group yet');
};

/** The sender's group, when they chair it. */
const chairedGroup = (s: SessionState, actor: Actor): SmallGroup | AppError => {
  const closed = notOpen(s);
  if (closed) return closed;
  const group = memberGroup(s, actor);
  if (isError(group)) return group;
  if (group.chairId !== actor.participantId)
    return refuse(ErrorCode.Forbidden, 'only the chair of the group can do this');
  return group;
};

/** A point of the chair's group. */
const ownPoint = (s: SessionState, group: SmallGroup, pointId: string) => {
  const point = s.groups.points[pointId];
  return point && point.groupId === group.id ? point : refuse(ErrorCode.NotFound, 'no such point in your group');
};

/** Whether a member has presented a question in their group, which makes their ideas on it visible. */
const presented = (s: SessionState, group: SmallGroup, participantId: string, questionId: string) =>
  groupQuestion(s.groups, group.id, questionId).presented.includes(participantId);

type GroupCommands = Extract<
  CommandName,
  `group:${string}` | `groups:${string}` | `idea:${string}` | `point:${string}` | `groupVote:${string}`
>;

/** The small-group method: forming groups, chairs, writing alone, presenting, choosing, returning. */
export const groupHandlers: HandlerGroup<GroupCommands> = {
  'groups:form': (s, { by, count }, { now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    if (s.groups.order.some((id) => hasWork(s, id))) {
      return refuse(ErrorCode.InvalidState, 'the groups have started working; move people one by one instead');
    }
    if (by === 'mixed' && !count) return refuse(ErrorCode.InvalidPayload, 'say how many groups to form');
    const people = s.participantOrder.map((id) => s.participants[id]!);
    if (people.length === 0) return refuse(ErrorCode.InvalidState, 'no one has joined yet');
    const events: NewEvent[] = s.groups.order.map((id) =>
      newEvent('group.deleted', { groupId: id, to: ids(s.groups.groups[id]!) }),
    );
    const taken = s.groups.order.map((id) => ({ id }));
    // One event per group, seen by its members: sending each arrival to the whole group would grow with
    // the square of the group's size.
    for (const planned of planGroups(s.setup, people, by, count)) {
      const groupId = nextId('sg', taken);
      taken.push({ id: groupId });
      const members = planned.memberIds.map((id) => ({ id, name: s.participants[id]!.displayName }));
      const group = { id: groupId, name: planned.name, chairId: null, members, createdAt: now };
      events.push(newEvent('group.formed', { group, to: planned.memberIds }));
    }
    return events;
  },
  'group:create': (s, { groupId, name }, { now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    if (s.groups.groups[groupId]) return refuse(ErrorCode.InvalidState, 'a group with this id exists');
    return [newEvent('group.created', { group: { id: groupId, name, createdAt: now } })];
  },
  'group:rename': (s, { groupId, name }) => {
    const group = s.groups.groups[groupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    return group.name === name ? [] : [newEvent('group.renamed', { groupId, name, to: ids(group) })];
  },
  'group:delete': (s, { groupId }) => {
    const group = s.groups.groups[groupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    if (hasWork(s, groupId))
      return refuse(ErrorCode.InvalidState, 'this group has started working; it cannot be removed');
    return [newEvent('group.deleted', { groupId, to: ids(group) })];
  },
  'group:assign': (s, { participantId, groupId }, { now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    if (!s.participants[participantId]) return refuse(ErrorCode.NotFound, 'no such participant in this session');
    if (groupId && !s.groups.groups[groupId]) return refuse(ErrorCode.NotFound, 'no such group');
    return move(s, participantId, groupId, now);
  },
  'group:setChair': (s, { groupId, participantId }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const group = s.groups.groups[groupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    if (participantId && !group.members.some((m) => m.id === participantId)) {
      return refuse(ErrorCode.InvalidState, 'the chair must be a member of the group');
    }
    if (group.chairId === participantId) return [];
    return [newEvent('group.chairSet', { groupId, participantId, to: ids(group) })];
  },
  'group:claimChair': (s, _payload, { actor }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const group = memberGroup(s, actor);
    if (isError(group)) return group;
    if (group.chairId === actor.participantId) return [];
    if (group.chairId) return refuse(ErrorCode.InvalidState, 'your group already has a chair');
    return [newEvent('group.chairSet', { groupId: group.id, participantId: actor.participantId, to: ids(group) })];
  },

  'idea:write': (s, { ideaId, questionId, text }, { actor, now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const me = actor.participantId;
    if (!me || !s.participants[me]) return refuse(ErrorCode.Forbidden, 'only a participant of this session can write');
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (s.groups.ideas[ideaId]) return refuse(ErrorCode.InvalidState, 'a thought with this id exists');
    const recent = Object.values(s.groups.ideas).filter((i) => i.participantId === me && i.writtenAt > now - 60_000);
    if (recent.length >= limits.thoughtsPerMinute) {
      return refuse(ErrorCode.RateLimited, `at most ${limits.thoughtsPerMinute} thoughts a minute; wait a moment`);
    }
    const idea = { id: ideaId, participantId: me, questionId, text, writtenAt: now };
    const events: NewEvent[] = [newEvent('idea.written', { idea })];
    // Written after presenting: the group sees it at once.
    const group = groupOf(s.groups, me);
    if (group && presented(s, group, me, questionId)) {
      events.push(newEvent('idea.revealed', { ideas: [idea], to: ids(group) }));
    }
    return events;
  },
  'idea:withdraw': (s, { ideaId }, { actor }) => {
    const idea = s.groups.ideas[ideaId];
    if (!idea || idea.participantId !== actor.participantId)
      return refuse(ErrorCode.NotFound, 'no such thought of yours');
    const group = groupOf(s.groups, idea.participantId);
    if (group && presented(s, group, idea.participantId, idea.questionId)) {
      return refuse(ErrorCode.InvalidState, 'you have already presented this; ask the chair to leave it out');
    }
    return [newEvent('idea.withdrawn', { ideaId, participantId: idea.participantId })];
  },

  'group:present': (s, { questionId, participantId }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (!group.members.some((m) => m.id === participantId)) {
      return refuse(ErrorCode.NotFound, 'no such member in your group');
    }
    const phase = s.currentPhase === null ? null : s.setup.phases[s.currentPhase];
    if (phase?.step === 'write' && phase.questionIds.includes(questionId)) {
      return refuse(ErrorCode.InvalidState, 'the group is still writing alone; present in the next step');
    }
    const to = ids(group);
    const events: NewEvent[] = [];
    if (!presented(s, group, participantId, questionId)) {
      events.push(newEvent('group.presented', { groupId: group.id, questionId, participantId, to }));
    }
    const ideas = ideasOf(s.groups, participantId, questionId);
    if (ideas.length > 0) events.push(newEvent('idea.revealed', { ideas, to }));
    return events;
  },

  'point:add': (s, { pointId, questionId, text, ideaIds }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (s.groups.points[pointId]) return refuse(ErrorCode.InvalidState, 'a point with this id exists');
    const visible = ideaIds.every((id) => {
      const idea = s.groups.ideas[id];
      return idea && idea.questionId === questionId && presented(s, group, idea.participantId, questionId);
    });
    if (!visible) return refuse(ErrorCode.NotFound, 'a point can only gather thoughts presented in your group');
    const order = Math.max(-1, ...pointsOf(s.groups, group.id, questionId).map((p) => p.order)) + 1;
    const point = { id: pointId, groupId: group.id, questionId, text, ideaIds: [...new Set(ideaIds)], order };
    return [newEvent('point.added', { point, to: ids(group) })];
  },
  'point:edit': (s, { pointId, text }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    const point = ownPoint(s, group, pointId);
    if (isError(point)) return point;
    return point.text === text ? [] : [newEvent('point.edited', { pointId, text, to: ids(group) })];
  },
  'point:merge': (s, { sourceId, targetId }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    const source = ownPoint(s, group, sourceId);
    if (isError(source)) return source;
    const target = ownPoint(s, group, targetId);
    if (isError(target)) return target;
    if (sourceId === targetId || source.questionId !== target.questionId) {
      return refuse(ErrorCode.InvalidState, 'merge two different points of the same question');
    }
    return [newEvent('point.merged', { sourceId, targetId, to: ids(group) })];
  },
  'point:delete': (s, { pointId }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    const point = ownPoint(s, group, pointId);
    if (isError(point)) return point;
    return [newEvent('point.deleted', { pointId, to: ids(group) })];
  },
  'point:order': (s, { questionId, pointIds }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    const current = pointsOf(s.groups, group.id, questionId).map((p) => p.id);
    if (current.length !== pointIds.length || !current.every((id) => pointIds.includes(id))) {
      return refuse(ErrorCode.Stale, 'the points changed meanwhile; order them again');
    }
    if (current.every((id, i) => pointIds[i] === id)) return [];
    return [newEvent('points.ordered', { groupId: group.id, questionId, pointIds, to: ids(group) })];
  },

  'groupVote:open': (s, { questionId, dots }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (pointsOf(s.groups, group.id, questionId).length < 2) {
      return refuse(ErrorCode.InvalidState, 'a vote needs at least two points');
    }
    if (groupQuestion(s.groups, group.id, questionId).vote?.status === 'open') {
      return refuse(ErrorCode.InvalidState, 'a vote on this question is already open');
    }
    return [newEvent('groupVote.opened', { groupId: group.id, questionId, dots, to: ids(group) })];
  },
  'groupVote:allocate': (s, { questionId, allocation }, { actor }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const group = memberGroup(s, actor);
    if (isError(group)) return group;
    const vote = groupQuestion(s.groups, group.id, questionId).vote;
    if (!vote || vote.status !== 'open') return refuse(ErrorCode.InvalidState, 'no vote is open on this question');
    const targets = new Set(pointsOf(s.groups, group.id, questionId).map((p) => p.id));
    const cleaned = Object.fromEntries(Object.entries(allocation).filter(([, n]) => n > 0));
    if (Object.keys(cleaned).some((id) => !targets.has(id))) {
      return refuse(ErrorCode.InvalidPayload, 'a dot is on something that is not part of this vote');
    }
    const used = Object.values(cleaned).reduce((a, b) => a + b, 0);
    if (used > vote.dots) return refuse(ErrorCode.InvalidPayload, `you have ${vote.dots} dots in all`);
    return [
      newEvent('groupVote.allocated', {
        groupId: group.id,
        questionId,
        participantId: actor.participantId!,
        allocation: cleaned,
      }),
    ];
  },
  'groupVote:close': (s, { questionId }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    const vote = groupQuestion(s.groups, group.id, questionId).vote;
    if (!vote || vote.status !== 'open') return refuse(ErrorCode.InvalidState, 'no vote is open on this question');
    const totals = groupVoteTotals(vote);
    return [newEvent('groupVote.closed', { groupId: group.id, questionId, totals, to: ids(group) })];
  },

  'group:draftRecord': (s, { questionId, text }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (groupQuestion(s.groups, group.id, questionId).record.draft === text) return [];
    return [newEvent('group.recordDrafted', { groupId: group.id, questionId, text, to: ids(group) })];
  },
  'group:return': (s, { questionId, text }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    return [newEvent('group.returned', { groupId: group.id, questionId, text, to: ids(group) })];
  },
};
