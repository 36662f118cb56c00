/** Bumped whenever a change to events or commands breaks older clients; checked at connect. */
export const PROTOCOL_VERSION = 3;

/** Error codes every failed acknowledgement or HTTP error carries. */
export const ErrorCode = {
  /** The payload does not match the command's schema (the message says which field). */
  InvalidPayload: 'INVALID_PAYLOAD',
  /** No valid token: the link was replaced, the session deleted, or the token is wrong. */
  Unauthorized: 'UNAUTHORIZED',
  /** This role may not send this command (or a member who is not the chair sent a chair's command). */
  Forbidden: 'FORBIDDEN',
  /** The session, or an item the command names, does not exist. */
  NotFound: 'NOT_FOUND',
  /** Not now: the session's state (or method) does not allow the command. */
  InvalidState: 'INVALID_STATE',
  /** The sender acted on an older state (e.g. `expectedIndex` of `phase:next`): sync, then decide again. */
  Stale: 'STALE',
  /** No session has this join code. */
  JoinCodeUnknown: 'JOIN_CODE_UNKNOWN',
  /** The facilitator has closed joining. */
  JoiningClosed: 'JOINING_CLOSED',
  /** Too many requests: wait (`retryInMs` when the refusal passes by itself) and send again. */
  RateLimited: 'RATE_LIMITED',
  /** The session already has as many participants as a session may hold. */
  SessionFull: 'SESSION_FULL',
  /** A message name the server does not know (a misspelt or newer command). */
  UnknownCommand: 'UNKNOWN_COMMAND',
  /** The client was built for another PROTOCOL_VERSION: reload the page (another client: update it). */
  ProtocolMismatch: 'PROTOCOL_MISMATCH',
  /** Something failed on the server; the same command id may be sent again. */
  Internal: 'INTERNAL',
  /** The server cannot reach its database (or Redis) right now; the same command id may be sent again. */
  StorageUnavailable: 'STORAGE_UNAVAILABLE',
  /** The server's disk is full: nothing new can be saved until room is made; the command may be sent again. */
  StorageFull: 'STORAGE_FULL',
  /** This server node is shutting down: connect again (to another node); nothing sent was lost. */
  ShuttingDown: 'SHUTTING_DOWN',
  /** A turn to speak was asked for by a listener: turns belong to the speaking circle (and the empty chair). */
  ListeningCircle: 'LISTENING_CIRCLE',
  /** A goal was rated while the facilitator had not opened the goal rating (or had closed it). */
  GoalRatingClosed: 'GOAL_RATING_CLOSED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure explained: a stable code for programs, a message for people and logs. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** Set on a refusal that passes by itself (the per-connection flood limit): send again after this long. */
  retryInMs?: number;
}

/** The answer to every client→server message. */
export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: AppError };

export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});

/** The roles a connection can hold. Facilitator covers lead and co-facilitator alike. */
export type Role = 'facilitator' | 'scribe' | 'participant' | 'screen';

/** What a socket sends in its handshake `auth`. */
export interface HandshakeAuth {
  protocolVersion: number;
  token: string;
}
