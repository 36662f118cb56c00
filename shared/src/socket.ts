import type { CommandName } from './commands.js';
import type { SessionEvent } from './events.js';
import type { Ack, Role } from './protocol.js';
import type { SessionState } from './state.js';
import type { ThemeSuggestAck } from './themeSuggestions.js';

/** What a successful command acknowledgement carries: the sequence number of its last event. */
export type CommandAck = Ack<{ seq: number }>;

/** What a successful sync acknowledgement carries. */
export type SyncAck = Ack<{
  sessionId: string;
  role: Role;
  participantId: string | null;
  /**
   * Only when the request said `snapshot: true` and this connection (staff or the projector) was far behind:
   * the session as this connection sees it, folded by the shared reducer up to `snapshot.seq`. The client
   * replaces its state with it, then folds `events`, which then come after `snapshot.seq`.
   */
  snapshot?: SessionState;
  /** Events after the requested sequence number (after `snapshot.seq` when there is a snapshot) this connection may see, in order. */
  events: SessionEvent[];
  /** The server's clock, for the client's countdown offset. */
  serverNow: number;
  /** The newest sequence number this connection may see, as of this answer (see `session:head`). */
  head?: number;
}>;

/**
 * The health of what the server stands on, as the node that holds this connection sees it.
 * `storage`: its database (`full`: SQLite's disk is full). `broadcast`: Redis, through which nodes wake
 * each other; while it is down other nodes' updates still arrive, only a few seconds later.
 */
export interface ServerStatus {
  storage: 'ok' | 'unavailable' | 'full';
  broadcast: 'ok' | 'delayed';
}

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
  /** Suggests themes for one question's unthemed items (facilitators and the scribe); nothing is stored. */
  'themes:suggest': (payload: unknown, ack: (res: ThemeSuggestAck) => void) => void;
};

/** Server→client socket events. */
export interface ServerToClientEvents {
  /** New events this connection may see, in sequence order. */
  'session:events': (events: SessionEvent[]) => void;
  /** Connection status of the session's people (staff only). */
  'session:presence': (presence: Presence) => void;
  /** The session and all its data were deleted; the connection closes. */
  'session:deleted': () => void;
  /**
   * The newest sequence number this connection may see; every event up to it has been sent on this
   * connection before this message. Repeated every few seconds: a client behind it asks for what it lacks.
   */
  'session:head': (head: { seq: number }) => void;
  /** What the server stands on changed (database or Redis lost or back); sent on connect when not ok. */
  'server:status': (status: ServerStatus) => void;
}
