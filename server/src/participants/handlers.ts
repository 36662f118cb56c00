import { ErrorCode, newEvent } from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';
import { balanceCircles, fillInnerCircle } from './balance.js';

/** Seating participants in the circles. */
export const participantHandlers: HandlerGroup<'participant:seat' | 'circles:balance'> = {
  'participant:seat': (state, { participantId, circle }) => {
    const p = state.participants[participantId];
    if (!p) return { code: ErrorCode.NotFound, message: 'no such participant in this session' };
    if (state.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    return p.circle === circle ? [] : [newEvent('participant.seated', { participantId, circle })];
  },
  'circles:balance': (state, { innerSize }) => {
    if (state.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    const people = state.participantOrder.map((id) => state.participants[id]!);
    const groupOrder = state.setup.stakeholderGroups.map((g) => g.id);
    const seats =
      innerSize === undefined ? balanceCircles(people, groupOrder) : fillInnerCircle(people, groupOrder, innerSize);
    return people
      .filter((p) => seats.get(p.id) !== p.circle)
      .map((p) => newEvent('participant.seated', { participantId: p.id, circle: seats.get(p.id)! }));
  },
};
