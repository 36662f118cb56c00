import {
  circleActivity,
  ErrorCode,
  mayAskForTurn,
  newEvent,
  queueAtPhaseChange,
  type AppError,
  type NewEvent,
  type SessionState,
  type Turn,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

const notRunning = (s: SessionState): AppError | null =>
  s.status === 'running' ? null : { code: ErrorCode.InvalidState, message: 'the session is not running' };

/** Ends the running turn, if any: for staff and the speaker, and for the projector and phones. */
export const endCurrentTurn = (s: SessionState): NewEvent[] =>
  s.turns.current
    ? [
        newEvent('turn.ended', { turnId: s.turns.current.id, participantId: s.turns.current.participantId }),
        newEvent('turn.announced', { turn: null }),
      ]
    : [];

/** At a phase change, the facilitator's setting clears waiting requests (the default) or keeps them. */
export const queueAtPhaseChangeEvents = (s: SessionState): NewEvent[] =>
  queueAtPhaseChange(s.settings) === 'clear' && s.turns.queue.length > 0 ? [newEvent('turn.queueCleared', {})] : [];

type TurnCommands =
  | 'turn:request'
  | 'turn:cancel'
  | 'turn:dismiss'
  | 'turn:reorder'
  | 'turn:grant'
  | 'turn:end'
  | 'turn:invite'
  | 'turn:setLimit';

/** Turns to speak: the queue on phones, granting and ending on the facilitator's console. */
export const turnHandlers: HandlerGroup<TurnCommands> = {
  'turn:request': (s, { emptyChair }, { actor }) => {
    const me = actor.participantId ? s.participants[actor.participantId] : undefined;
    if (!me) return { code: ErrorCode.Forbidden, message: 'only a participant can ask for a turn' };
    const err = notRunning(s);
    if (err) return err;
    if (s.turns.queue.some((r) => r.participantId === me.id) || s.turns.current?.participantId === me.id) {
      return [];
    }
    if (emptyChair && s.settings.openChair !== true) {
      return { code: ErrorCode.InvalidState, message: 'the empty chair is not open: this is not an open aquarium' };
    }
    if (emptyChair && (!me.circle || circleActivity(s, me.circle) !== 'listens')) {
      return { code: ErrorCode.InvalidState, message: 'the empty chair is for listeners of the silent circle' };
    }
    if (!emptyChair && !mayAskForTurn(s, me.id)) {
      return {
        code: ErrorCode.ListeningCircle,
        message: 'turns belong to the speaking circle; a listener may write a thought (or take the empty chair)',
      };
    }
    return [newEvent('turn.requested', { participantId: me.id, emptyChair })];
  },
  'turn:cancel': (s, _payload, { actor }) =>
    s.turns.queue.some((r) => r.participantId === actor.participantId) && actor.participantId
      ? [newEvent('turn.withdrawn', { participantId: actor.participantId })]
      : [],
  'turn:dismiss': (s, { participantId }) =>
    s.turns.queue.some((r) => r.participantId === participantId)
      ? [newEvent('turn.withdrawn', { participantId })]
      : { code: ErrorCode.NotFound, message: 'this person is not in the queue' },
  'turn:reorder': (s, { participantIds }) => {
    const queued = s.turns.queue.map((r) => r.participantId);
    const same =
      participantIds.length === queued.length && new Set([...queued, ...participantIds]).size === queued.length;
    if (!same) return { code: ErrorCode.Stale, message: 'the queue changed meanwhile; try again' };
    return [newEvent('turn.queueReordered', { participantIds })];
  },
  'turn:grant': (s, { participantId, stakeholderGroupId }, { now }) => {
    const err = notRunning(s);
    if (err) return err;
    const request = participantId
      ? s.turns.queue.find((r) => r.participantId === participantId)
      : stakeholderGroupId
        ? undefined
        : s.turns.queue[0];
    const speakerId = participantId ?? request?.participantId ?? null;
    if (!speakerId && !stakeholderGroupId)
      return { code: ErrorCode.InvalidState, message: 'nobody is waiting for a turn' };
    const speaker = speakerId ? s.participants[speakerId] : undefined;
    if (speakerId && !speaker) return { code: ErrorCode.NotFound, message: 'no such participant' };
    const group = speaker?.stakeholderGroupId ?? stakeholderGroupId ?? null;
    if (group && !s.setup.stakeholderGroups.some((g) => g.id === group)) {
      return { code: ErrorCode.NotFound, message: 'no such stakeholder group' };
    }
    const turn: Turn = {
      id: `turn-${s.turns.history.length + (s.turns.current ? 1 : 0) + 1}`,
      participantId: speakerId,
      stakeholderGroupId: group,
      circle: speaker?.circle ?? null,
      emptyChair: request?.emptyChair ?? false,
      startedAt: now,
      endedAt: null,
    };
    return [
      ...endCurrentTurn(s),
      newEvent('turn.started', { turn }),
      newEvent('turn.announced', {
        turn: {
          id: turn.id,
          displayName: speaker?.displayName ?? null,
          stakeholderGroupId: group,
          emptyChair: turn.emptyChair,
          startedAt: now,
        },
      }),
    ];
  },
  'turn:end': (s) =>
    s.turns.current ? endCurrentTurn(s) : { code: ErrorCode.InvalidState, message: 'no turn is running' },
  'turn:invite': (s, { participantIds }) => {
    if (participantIds.some((id) => !s.participants[id])) {
      return { code: ErrorCode.NotFound, message: 'no such participant' };
    }
    return participantIds
      .filter((id) => !s.turns.invited.includes(id))
      .map((participantId) => newEvent('turn.invited', { participantId }));
  },
  'turn:setLimit': (s, { seconds }) =>
    s.turnSoftLimitSeconds === seconds ? [] : [newEvent('turn.limitSet', { seconds })],
};
