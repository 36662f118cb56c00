import { ErrorCode } from '@aquarium/shared';

/** Why storage could not do what was asked, when the cause is the storage itself and it may pass. */
export type StorageFailure = 'unavailable' | 'full';

/** Node's socket errors: the database is not there (stopped, restarting, network). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLite's codes for a disk or file that cannot take writes right now. */
const SQLITE_UNAVAILABLE = /^SQLITE_(IOERR|BUSY|LOCKED|CANTOPEN|READONLY|PROTOCOL)/;

const messageOf = (err: object) => ('message' in err && typeof err.message === 'string' ? err.message : '');

/**
 * Sorts an error from storage: the database unreachable (PostgreSQL stopped, connection lost, SQLite's
 * file locked or unwritable), the disk full (`SQLITE_FULL`, PostgreSQL's 53100), or something else
 * (a bug, a constraint): null.
 */
export const storageFailure = (err: unknown): StorageFailure | null => {
  if (typeof err !== 'object' || err === null) return null;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
  if (code === 'SQLITE_FULL' || code === '53100') return 'full';
  if (NETWORK_CODES.has(code) || SQLITE_UNAVAILABLE.test(code)) return 'unavailable';
  // PostgreSQL: connection exceptions (08…), shutting down or starting (57P01–57P03), too many connections.
  if (/^(08|57P0[123]|53300)/.test(code)) return 'unavailable';
  const message = messageOf(err);
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  )
    return 'unavailable';
  if ('cause' in err && err.cause !== err) return storageFailure(err.cause);
  return null;
};

/** The code a command refused for this failure carries. */
export const failureCode = (failure: StorageFailure) =>
  failure === 'full' ? ErrorCode.StorageFull : ErrorCode.StorageUnavailable;

export const failureMessage = (failure: StorageFailure) =>
  failure === 'full'
    ? "the server's disk is full; nothing was saved; your input is kept and sent again"
    : 'the server lost its connection to storage; nothing was saved; your input is kept and sent again';
