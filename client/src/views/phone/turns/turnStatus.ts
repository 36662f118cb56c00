import { circleActivity, type SessionState } from '@aquarium/shared';

/** Where this phone stands with turns to speak (flat, so a shallow selector can compare it). */
export interface MyTurnStatus {
  /** Requests are possible only while the session runs. */
  canRequest: boolean;
  speaking: boolean;
  /** I have a waiting request (a phone sees only its own). */
  queued: boolean;
  queuedForEmptyChair: boolean;
  invited: boolean;
  /** Open aquarium: a listener of the silent circle may ask for the empty chair. */
  canAskEmptyChair: boolean;
}

export const myTurnStatus = (s: SessionState, me: string): MyTurnStatus => {
  const request = s.turns.queue.find((r) => r.participantId === me);
  const circle = s.participants[me]?.circle ?? null;
  return {
    canRequest: s.status === 'running',
    speaking: s.turns.current?.participantId === me,
    queued: request !== undefined,
    queuedForEmptyChair: request?.emptyChair ?? false,
    invited: s.turns.invited.includes(me),
    canAskEmptyChair: s.settings.openChair === true && circle !== null && circleActivity(s, circle) === 'listens',
  };
};
