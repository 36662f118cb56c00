import {
  groupStepNow,
  ErrorCode,
  groupOf,
  groupQuestion,
  groupVoteTotals,
  soloThoughtsOf,
  limits,
  newEvent,
  pointsOf,
  type NewEvent,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';
import { chairedGroup, hasQuestion, ids, isError, memberGroup, notOpen, presented, refuse } from './rules.js';

/** A point of the chair's group. */
const ownPoint = (s: SessionState, group: SmallGroup, pointId: string) => {
  const point = s.groups.points[pointId];
  return point && point.smallGroupId === group.id ? point : refuse(ErrorCode.NotFound, 'no such point in your group');
};

type WorkCommands =
  | 'soloThought:write'
  | 'soloThought:withdraw'
  | 'group:present'
  | 'point:add'
  | 'point:edit'
  | 'point:merge'
  | 'point:delete'
  | 'point:order'
  | 'groupVote:open'
  | 'groupVote:allocate'
  | 'groupVote:close'
  | 'group:draftRecord'
  | 'group:return';

/** A group's work on a question: writing alone, presenting, choosing points, voting, recording and returning. */
export const workHandlers: HandlerGroup<WorkCommands> = {
  'soloThought:write': (s, { soloThoughtId, questionId, text }, { actor, now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const me = actor.participantId;
    if (!me || !s.participants[me]) return refuse(ErrorCode.Forbidden, 'only a participant of this session can write');
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (s.groups.soloThoughts[soloThoughtId]) return refuse(ErrorCode.InvalidState, 'a thought with this id exists');
    const recent = Object.values(s.groups.soloThoughts).filter(
      (i) => i.participantId === me && i.writtenAt > now - 60_000,
    );
    if (recent.length >= limits.thoughtsPerMinute) {
      return refuse(ErrorCode.RateLimited, `at most ${limits.thoughtsPerMinute} thoughts a minute; wait a moment`);
    }
    const soloThought = { id: soloThoughtId, participantId: me, questionId, text, writtenAt: now };
    const group = groupOf(s.groups, me);
    const written = soloThoughtsOf(s.groups, me, questionId).length + 1;
    const events: NewEvent[] = [
      newEvent('soloThought.written', { soloThought }),
      newEvent('soloThought.counted', { smallGroupId: group?.id ?? null, questionId, participantId: me, written }),
    ];
    // Written after presenting: the group sees it at once.
    if (group && presented(s, group, me, questionId)) {
      events.push(newEvent('soloThought.revealed', { soloThoughts: [soloThought], to: ids(group) }));
    }
    return events;
  },
  'soloThought:withdraw': (s, { soloThoughtId }, { actor }) => {
    const soloThought = s.groups.soloThoughts[soloThoughtId];
    if (!soloThought || soloThought.participantId !== actor.participantId)
      return refuse(ErrorCode.NotFound, 'no such thought of yours');
    const group = groupOf(s.groups, soloThought.participantId);
    if (group && presented(s, group, soloThought.participantId, soloThought.questionId)) {
      return refuse(ErrorCode.InvalidState, 'you have already presented this; ask the chair to leave it out');
    }
    const written = soloThoughtsOf(s.groups, soloThought.participantId, soloThought.questionId).length - 1;
    return [
      newEvent('soloThought.withdrawn', { soloThoughtId, participantId: soloThought.participantId }),
      newEvent('soloThought.counted', {
        smallGroupId: group?.id ?? null,
        questionId: soloThought.questionId,
        participantId: soloThought.participantId,
        written,
      }),
    ];
  },

  'group:present': (s, { questionId, participantId }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (!group.members.some((m) => m.id === participantId)) {
      return refuse(ErrorCode.NotFound, 'no such member in your group');
    }
    // The group's own step: a chair who moved on may call members before the lead moves everyone.
    const now = groupStepNow(s, group.id);
    if (now?.questionId === questionId && now.step === 'write') {
      return refuse(ErrorCode.InvalidState, 'the group is still writing alone; present in the next step');
    }
    // Until the record is returned a member can still be called, so a slow group loses no one's thoughts.
    if (groupQuestion(s.groups, group.id, questionId).record.returnedAt !== null) {
      return refuse(ErrorCode.InvalidState, 'the group has returned its record on this question');
    }
    const to = ids(group);
    const events: NewEvent[] = [];
    if (!presented(s, group, participantId, questionId)) {
      events.push(newEvent('group.presented', { smallGroupId: group.id, questionId, participantId, to }));
    }
    const soloThoughts = soloThoughtsOf(s.groups, participantId, questionId);
    if (soloThoughts.length > 0) events.push(newEvent('soloThought.revealed', { soloThoughts, to }));
    return events;
  },

  'point:add': (s, { pointId, questionId, text, soloThoughtIds }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (s.groups.points[pointId]) return refuse(ErrorCode.InvalidState, 'a point with this id exists');
    const visible = soloThoughtIds.every((id) => {
      const soloThought = s.groups.soloThoughts[id];
      return (
        soloThought &&
        soloThought.questionId === questionId &&
        presented(s, group, soloThought.participantId, questionId)
      );
    });
    if (!visible) return refuse(ErrorCode.NotFound, 'a point can only gather thoughts presented in your group');
    const order = Math.max(-1, ...pointsOf(s.groups, group.id, questionId).map((p) => p.order)) + 1;
    const point = {
      id: pointId,
      smallGroupId: group.id,
      questionId,
      text,
      soloThoughtIds: [...new Set(soloThoughtIds)],
      order,
    };
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
    return [newEvent('points.ordered', { smallGroupId: group.id, questionId, pointIds, to: ids(group) })];
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
    return [newEvent('groupVote.opened', { smallGroupId: group.id, questionId, dots, to: ids(group) })];
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
        smallGroupId: group.id,
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
    return [newEvent('groupVote.closed', { smallGroupId: group.id, questionId, totals, to: ids(group) })];
  },

  'group:draftRecord': (s, { questionId, text }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    if (groupQuestion(s.groups, group.id, questionId).record.draft === text) return [];
    return [newEvent('group.recordDrafted', { smallGroupId: group.id, questionId, text, to: ids(group) })];
  },
  'group:return': (s, { questionId, text }, { actor }) => {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    return [newEvent('group.returned', { smallGroupId: group.id, questionId, text, to: ids(group) })];
  },
};
