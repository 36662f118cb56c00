import type { Circle, SessionSetup } from './setup.js';

/** A participant as the server records them; the display name is optional (data minimisation). */
export interface Participant {
  id: string;
  displayName: string | null;
  groupId: string;
  circle: Circle | null;
  joinedAt: number;
}

/** The body of every event type, keyed by its name. */
export interface EventBodies {
  /** The session exists, with its setup and join code. */
  'session.created': { setup: SessionSetup; joinCode: string };
  /** The facilitator changed questions, groups or the phase plan. */
  'session.setupUpdated': { setup: SessionSetup };
  /** Joining with the code was opened or closed. */
  'joining.set': { open: boolean };
  /** A participant joined from a phone. */
  'participant.joined': { participant: Omit<Participant, 'circle' | 'joinedAt'> };
  /** A participant was placed in a circle (or taken out of both with `null`). */
  'participant.seated': { participantId: string; circle: Circle | null };
  /** The session moved to the phase at `index` (0-based); its timer starts running. */
  'phase.entered': { index: number };
  /** The phase timer was paused. */
  'timer.paused': Record<string, never>;
  /** The phase timer was started again after a pause. */
  'timer.started': Record<string, never>;
  /** The phase timer was lengthened (or shortened, with a negative value). */
  'timer.extended': { ms: number };
  /** The session ended; nothing runs any more. */
  'session.ended': Record<string, never>;
}

export type EventType = keyof EventBodies;

/** One persisted event: the per-session sequence number orders everything. */
export type SessionEvent = {
  [K in EventType]: { seq: number; at: number; type: K; data: EventBodies[K] };
}[EventType];

/** An event before the server gives it a sequence number and a time. */
export type NewEvent = { [K in EventType]: { type: K; data: EventBodies[K] } }[EventType];

export const newEvent = <K extends EventType>(type: K, data: EventBodies[K]) => ({ type, data }) as NewEvent;
