import { newEvent, reduce, type NewEvent, type SessionEvent, type SessionState } from '@aquarium/shared';

const affectsQueue = (e: NewEvent): boolean =>
  e.type === 'turn.requested' ||
  e.type === 'turn.withdrawn' ||
  e.type === 'turn.queueReordered' ||
  e.type === 'turn.started' ||
  e.type === 'turn.queueCleared';

const ticketsOf = (s: SessionState): number[] =>
  s.turns.queue.flatMap((r) => (r.ticket === undefined ? [] : [r.ticket]));

/**
 * Phones see only their own request, so after any change to the queue the server tells every phone the order of the
 * waiting tickets (`turn.queueShown`), nobody named: each phone finds its own place ("3rd in the queue").
 */
export const withQueueShown = (state: SessionState, events: NewEvent[], now: number): NewEvent[] => {
  if (!events.some(affectsQueue)) return events;
  const after = events.reduce((s, e, i) => reduce(s, { ...e, seq: state.seq + i + 1, at: now } as SessionEvent), state);
  const before = ticketsOf(state);
  const tickets = ticketsOf(after);
  if (tickets.length === before.length && tickets.every((t, i) => t === before[i])) return events;
  return [...events, newEvent('turn.queueShown', { tickets })];
};
