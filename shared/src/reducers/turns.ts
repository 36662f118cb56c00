import type { SessionState } from '../state.js';
import type { TurnsState } from '../turns.js';
import type { Fold } from './types.js';

const withTurns = (s: SessionState, change: (t: TurnsState) => TurnsState): SessionState => ({
  ...s,
  turns: change(s.turns),
});

export const turnRequested: Fold<'turn.requested'> = (s, e) =>
  withTurns(s, (t) =>
    t.queue.some((r) => r.participantId === e.data.participantId)
      ? t
      : { ...t, queue: [...t.queue, { ...e.data, requestedAt: e.at, ticket: e.seq }], clearedByPhase: false },
  );

export const turnWithdrawn: Fold<'turn.withdrawn'> = (s, e) =>
  withTurns(s, (t) => ({ ...t, queue: t.queue.filter((r) => r.participantId !== e.data.participantId) }));

export const turnQueueReordered: Fold<'turn.queueReordered'> = (s, e) =>
  withTurns(s, (t) => {
    const byId = new Map(t.queue.map((r) => [r.participantId, r]));
    const ordered = e.data.participantIds.flatMap((id) => byId.get(id) ?? []);
    const rest = t.queue.filter((r) => !e.data.participantIds.includes(r.participantId));
    return { ...t, queue: [...ordered, ...rest] };
  });

export const turnStarted: Fold<'turn.started'> = (s, e) =>
  withTurns(s, (t) => ({
    ...t,
    current: e.data.turn,
    queue: t.queue.filter((r) => r.participantId !== e.data.turn.participantId),
    invited: t.invited.filter((id) => id !== e.data.turn.participantId),
  }));

export const turnEnded: Fold<'turn.ended'> = (s, e) =>
  withTurns(s, (t) =>
    t.current?.id === e.data.turnId
      ? { ...t, current: null, history: [...t.history, { ...t.current, endedAt: e.at }] }
      : t,
  );

export const turnAnnounced: Fold<'turn.announced'> = (s, e) =>
  withTurns(s, (t) => ({ ...t, publicCurrent: e.data.turn }));

export const turnInvited: Fold<'turn.invited'> = (s, e) =>
  withTurns(s, (t) =>
    t.invited.includes(e.data.participantId) ? t : { ...t, invited: [...t.invited, e.data.participantId] },
  );

export const turnQueueCleared: Fold<'turn.queueCleared'> = (s) =>
  withTurns(s, (t) => ({ ...t, queue: [], tickets: [], clearedByPhase: t.queue.length > 0 }));

export const turnQueueShown: Fold<'turn.queueShown'> = (s, e) =>
  withTurns(s, (t) => ({ ...t, tickets: e.data.tickets }));

export const turnLimitSet: Fold<'turn.limitSet'> = (s, e) => ({ ...s, turnSoftLimitSeconds: e.data.seconds });
