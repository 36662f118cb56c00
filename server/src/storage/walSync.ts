import { close, fdatasync, open } from 'node:fs';

/**
 * Makes every transaction committed to a WAL file so far durable, off the event loop: the file's data is
 * flushed to the disk by `fdatasync` on libuv's thread pool while the loop goes on.
 *
 * What SQLite's `synchronous = FULL` adds to `NORMAL` in WAL mode is exactly this: "an additional sync
 * operation of the WAL file after each transaction commit" (sqlite.org/pragma.html#pragma_synchronous); under
 * NORMAL a commit only writes its frames into the WAL (the page cache), and checkpoints still sync the WAL
 * before and the database after. A commit run under NORMAL and then this sync is as durable as one run under
 * FULL, but better-sqlite3 would wait for FULL's sync on the main thread, where every phone's message waits
 * with it. The file is opened by name each time, so a WAL that SQLite recreated is the one synced; one that is
 * gone was checkpointed into the database (synced) and removed, which leaves nothing to sync.
 */
export const syncWal = (walFile: string): Promise<void> =>
  new Promise((resolve, reject) => {
    open(walFile, 'r+', (openErr, fd) => {
      if (openErr) return openErr.code === 'ENOENT' ? resolve() : reject(asSqliteError(openErr));
      fdatasync(fd, (syncErr) => {
        close(fd, () => (syncErr ? reject(asSqliteError(syncErr)) : resolve()));
      });
    });
  });

/** The failure as SQLite would have reported its own sync failing (the storage's health reads the code). */
const asSqliteError = (err: NodeJS.ErrnoException) =>
  Object.assign(new Error(`the WAL could not be synced to disk: ${err.message}`, { cause: err }), {
    code: 'SQLITE_IOERR_FSYNC',
  });
