import type { CommandName } from './commands.js';
import type { SessionEvent } from './events.js';
import type { Ack, Role } from './protocol.js';

/** What a successful command acknowledgement carries: the sequence number of its last event. */
export type CommandAck = Ack<{ seq: number }>;

/** What a successful sync acknowledgement carries. */
export type SyncAck = Ack<{
  sessionId: string;
  role: Role;
  participantId: string | null;
  /** Events after the requested sequence number that this connection may see, in order. */
  events: SessionEvent[];
  /** The server's clock, for the client's countdown offset. */
  serverNow: number;
}>;

/** Who is connected right now; sent to facilitators and the scribe only. */
export interface Presence {
  participantIds: string[];
  facilitators: number;
  scribes: number;
  screens: number;
}

/** Client→server socket events. Every one is acknowledged. */
export type ClientToServerEvents = {
  [K in CommandName]: (payload: unknown, ack: (res: CommandAck) => void) => void;
} & {
  'sync:request': (payload: unknown, ack: (res: SyncAck) => void) => void;
  /** Deletes everything of the session now (facilitator only). */
  'session:delete': (payload: unknown, ack: (res: Ack) => void) => void;
  /** Replaces the facilitator, scribe or projector link (facilitator only); answers with the new link. */
  'links:rotate': (payload: unknown, ack: (res: Ack<{ link: string }>) => void) => void;
};

/** Server→client socket events. */
export interface ServerToClientEvents {
  /** New events this connection may see, in sequence order. */
  'session:events': (events: SessionEvent[]) => void;
  /** Connection status of the session's people (staff only). */
  'session:presence': (presence: Presence) => void;
  /** The session and all its data were deleted; the connection closes. */
  'session:deleted': () => void;
}
