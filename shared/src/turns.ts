import type { Circle } from './setup.js';

/** A participant waiting for a turn to speak. */
export interface TurnRequest {
  participantId: string;
  requestedAt: number;
  /** Open aquarium: a listener asks for the empty chair in the speaking circle. */
  emptyChair: boolean;
  /** The request's ticket: the sequence number of its `turn.requested` event (absent in older states). */
  ticket?: number;
}

/** One turn to speak, as facilitators see it. */
export interface Turn {
  id: string;
  /** Null for someone without a phone, recorded by the facilitator as "a participant of group X". */
  participantId: string | null;
  stakeholderGroupId: string | null;
  /** The speaker's own circle at the time. */
  circle: Circle | null;
  emptyChair: boolean;
  startedAt: number;
  endedAt: number | null;
}

/** Who speaks now, as the projector and phones see it: a name only if the speaker chose to show one. */
export interface PublicTurn {
  id: string;
  displayName: string | null;
  stakeholderGroupId: string | null;
  emptyChair: boolean;
  startedAt: number;
}

export interface TurnsState {
  /** Waiting requests in order (a phone sees only its own). */
  queue: TurnRequest[];
  /** The running turn (staff, and the speaker's own phone). */
  current: Turn | null;
  /** Finished turns (staff, and a phone's own). */
  history: Turn[];
  /** Participants invited to speak who have not spoken since (staff, and each phone its own). */
  invited: string[];
  /** The running turn for the projector and phones. */
  publicCurrent: PublicTurn | null;
  /** Phones: the queue's order by ticket (see `turn.queueShown`); absent until the first one. */
  tickets?: number[];
  /** Phones: my request was cleared by a phase change (until I ask again). */
  clearedByPhase?: boolean;
}

export const emptyTurns: TurnsState = { queue: [], current: null, history: [], invited: [], publicCurrent: null };

/** My place in the queue (1 = next), from the tickets phones see; null when not known or not queued. */
export const queuePlace = (turns: TurnsState, participantId: string): number | null => {
  const ticket = turns.queue.find((r) => r.participantId === participantId)?.ticket;
  if (ticket === undefined || !turns.tickets) return null;
  const i = turns.tickets.indexOf(ticket);
  return i < 0 ? null : i + 1;
};

/** Length of a turn in ms, counting a running one up to `now`. */
export const turnMs = (t: Pick<Turn, 'startedAt' | 'endedAt'>, now: number): number =>
  Math.max(0, (t.endedAt ?? now) - t.startedAt);
