import {
  chairIsOpen,
  ErrorCode,
  groupKey,
  groupOf,
  groupQuestion,
  soloThoughtsOf,
  newEvent,
  nextId,
  reduce,
  type GroupSnapshot,
  type NewEvent,
  type SessionEvent,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';
import { planGroups } from './formation.js';
import { ids, isError, memberGroup, notOpen, refuse } from './rules.js';

/** A group's members and everyone who left it: a removal reaches every phone that still holds the group. */
const everyoneOf = (s: SessionState, smallGroupId: string) => [
  ...new Set([...ids(s.groups.groups[smallGroupId]!), ...(s.groups.former[smallGroupId] ?? [])]),
];

/** Whether a group has work that re-forming the groups would throw away. */
const hasWork = (s: SessionState, smallGroupId: string) =>
  Object.values(s.groups.points).some((p) => p.smallGroupId === smallGroupId) ||
  Object.entries(s.groups.byQuestion).some(
    ([key, q]) =>
      key.startsWith(`${smallGroupId}:`) && (q.presented.length > 0 || q.record.draft !== '' || q.vote !== null),
  );

/** Folds events into a scratch copy of the state, so a command can decide its next events on top of them. */
const applied = (s: SessionState, events: NewEvent[], at: number): SessionState =>
  events.reduce((st, e) => reduce(st, { ...e, seq: st.seq + 1, at } as SessionEvent), s);

/** What a member who arrives in a group sees: its presented solo thoughts, points, votes (only their own dots). */
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
  const soloThoughts = s.setup.questions.flatMap((q) => [
    ...groupQuestion(s.groups, group.id, q.id).presented.flatMap((pid) => soloThoughtsOf(s.groups, pid, q.id)),
    ...soloThoughtsOf(s.groups, participantId, q.id),
  ]);
  const points = Object.values(s.groups.points).filter((p) => p.smallGroupId === group.id);
  return {
    group,
    soloThoughts: [...new Map(soloThoughts.map((i) => [i.id, i])).values()],
    points,
    byQuestion,
    chairAway: s.groups.chairAway[group.id] ?? null,
  };
};

/** Moves one participant (into `smallGroupId`, or out with null): the move, then the newcomer's catch-up. */
const move = (s: SessionState, participantId: string, smallGroupId: string | null, at: number): NewEvent[] => {
  const p = s.participants[participantId]!;
  const from = groupOf(s.groups, participantId);
  const to = smallGroupId ? s.groups.groups[smallGroupId] : undefined;
  if ((from?.id ?? null) === (smallGroupId ?? null)) return [];
  const audience = [...new Set([...(from ? ids(from) : []), ...(to ? ids(to) : []), participantId])];
  const moved = newEvent('participant.grouped', { participantId, name: p.displayName, smallGroupId, to: audience });
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

type MembershipCommands =
  | 'groups:form'
  | 'group:create'
  | 'group:rename'
  | 'group:delete'
  | 'group:assign'
  | 'group:setChair'
  | 'group:claimChair';

/** Forming groups, moving people and chairs. */
export const membershipHandlers: HandlerGroup<MembershipCommands> = {
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
      newEvent('group.deleted', { smallGroupId: id, to: everyoneOf(s, id) }),
    );
    // A removed group's id is never given again: a phone that missed the removal cannot mistake the new group.
    const taken = [...s.groups.order, ...s.groups.retired].map((id) => ({ id }));
    // One event per group, seen by its members: sending each arrival to the whole group would grow with
    // the square of the group's size.
    for (const planned of planGroups(s.setup, people, by, count)) {
      const smallGroupId = nextId('sg', taken);
      taken.push({ id: smallGroupId });
      const members = planned.memberIds.map((id) => ({ id, name: s.participants[id]!.displayName }));
      const group = { id: smallGroupId, name: planned.name, chairId: null, members, createdAt: now };
      events.push(newEvent('group.formed', { group, to: planned.memberIds }));
    }
    return events;
  },
  'group:create': (s, { smallGroupId, name }, { now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    if (s.groups.groups[smallGroupId] || s.groups.retired.includes(smallGroupId)) {
      return refuse(ErrorCode.InvalidState, 'a group with this id exists or existed');
    }
    return [newEvent('group.created', { group: { id: smallGroupId, name, createdAt: now } })];
  },
  'group:rename': (s, { smallGroupId, name }) => {
    const group = s.groups.groups[smallGroupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    return group.name === name ? [] : [newEvent('group.renamed', { smallGroupId, name, to: ids(group) })];
  },
  'group:delete': (s, { smallGroupId }) => {
    const group = s.groups.groups[smallGroupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    if (hasWork(s, smallGroupId))
      return refuse(ErrorCode.InvalidState, 'this group has started working; it cannot be removed');
    return [newEvent('group.deleted', { smallGroupId, to: everyoneOf(s, smallGroupId) })];
  },
  'group:assign': (s, { participantId, smallGroupId }, { now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    if (!s.participants[participantId]) return refuse(ErrorCode.NotFound, 'no such participant in this session');
    if (smallGroupId && !s.groups.groups[smallGroupId]) return refuse(ErrorCode.NotFound, 'no such group');
    return move(s, participantId, smallGroupId, now);
  },
  'group:setChair': (s, { smallGroupId, participantId }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const group = s.groups.groups[smallGroupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    if (participantId && !group.members.some((m) => m.id === participantId)) {
      return refuse(ErrorCode.InvalidState, 'the chair must be a member of the group');
    }
    if (group.chairId === participantId) return [];
    return [newEvent('group.chairSet', { smallGroupId, participantId, to: ids(group) })];
  },
  'group:claimChair': (s, _payload, { actor, now }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const group = memberGroup(s, actor);
    if (isError(group)) return group;
    if (group.chairId === actor.participantId) return [];
    // A chair whose connection dropped can be replaced after a short grace, in case they are right back.
    if (!chairIsOpen(s.groups, group, now)) {
      return refuse(
        ErrorCode.InvalidState,
        s.groups.chairAway[group.id]
          ? 'the chair may be back in a moment; try again soon'
          : 'your group already has a chair',
      );
    }
    return [newEvent('group.chairSet', { smallGroupId: group.id, participantId: actor.participantId, to: ids(group) })];
  },
};
