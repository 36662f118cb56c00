import { ErrorCode, type Ack } from './protocol.js';

/**
 * When a client sends a command again with the same id: the one policy the browser (`client/src/net/socket.ts`)
 * and every test client follow, so a test's retries are the app's.
 */

/** A refusal that may pass by itself (a busy server, storage lost for a moment): typed text waits and goes again. */
export const isTransientRefusal = (res: Ack): boolean =>
  !res.ok &&
  (res.error.code === ErrorCode.Internal ||
    res.error.code === ErrorCode.StorageUnavailable ||
    res.error.code === ErrorCode.StorageFull);

/**
 * The per-connection flood limit says when to go again (every command does, typed or clicked): the milliseconds
 * to wait, or null when the answer is final. A thought over the per-minute limit has no `retryInMs`: a real
 * answer, shown to its author.
 */
export const retryAfterMs = (res: Ack): number | null =>
  !res.ok && res.error.code === ErrorCode.RateLimited && res.error.retryInMs !== undefined
    ? Math.max(50, res.error.retryInMs)
    : null;
