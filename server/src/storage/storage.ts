import type { Role, SessionEvent } from '@aquarium/shared';
import type { ProjectStore } from './projectStore.js';

export * from './projectStore.js';

/** A token's meaning, found by its hash. */
export interface TokenGrant {
  sessionId: string;
  role: Role;
  participantId: string | null;
}

export interface NewToken extends TokenGrant {
  hash: string;
}

/** What one command writes, all or nothing. */
export interface AppendBatch {
  events: SessionEvent[];
  /** The command these events answer; its ack is kept so a retry gets the same answer. */
  command?: { id: string; ack: string };
  tokens?: NewToken[];
}

export class JoinCodeTaken extends Error {}

/**
 * An `append` found one of its (session, seq) pairs already stored: another writer got there first. Nothing of
 * the batch was written; the caller reloads the session's events and decides again (optimistic concurrency).
 */
export class SequenceConflict extends Error {}

/**
 * The storage contract. The SQLite implementation is the embedded default; every method is async so
 * that a networked database can implement the same contract.
 */
export interface Storage extends ProjectStore {
  createSession(session: {
    id: string;
    joinCode: string;
    createdAt: number;
    /** The project the session belongs to (issue #18). */
    projectId?: string | null;
    tokens: NewToken[];
    events: SessionEvent[];
  }): Promise<void>;
  sessionIdByJoinCode(joinCode: string): Promise<string | null>;
  findToken(hash: string): Promise<TokenGrant | null>;
  /** Events of a session with a sequence number above `afterSeq`, in order. */
  loadEvents(sessionId: string, afterSeq?: number): Promise<SessionEvent[]>;
  append(sessionId: string, batch: AppendBatch): Promise<void>;
  /**
   * Several sessions' batches in one transaction (group commit); optional, else `append` one by one. A storage
   * that commits in call order and then only waits for the disk calls `committed` at that point: the next group
   * may then be handed over while this one's sync is still under way (SQLite; the promise still resolves only
   * once the group is durable).
   */
  appendMany?(batches: { sessionId: string; batch: AppendBatch }[], committed?: () => void): Promise<void>;
  /** Events of one type, in order (e.g. the published summaries). */
  eventsOfType(sessionId: string, type: SessionEvent['type']): Promise<SessionEvent[]>;
  /** The stored ack of a command already applied, or null. */
  commandAck(sessionId: string, commandId: string): Promise<string | null>;
  /** Replaces every token of a staff or projector role with one new token. */
  replaceToken(sessionId: string, role: Role, hash: string): Promise<void>;
  /**
   * Deletes the session and everything of it, leaving no trace of its text in the database file; with it, every
   * published project report version built from it.
   */
  deleteSession(sessionId: string): Promise<void>;
  /** Ended sessions whose retention ran out by `now` (`defaultDays` where a session set none). */
  expiredSessions(now: number, defaultDays: number): Promise<string[]>;
  close(): Promise<void>;
}
