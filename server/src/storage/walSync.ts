import { close, fdatasync, fstatSync, open, statSync } from 'node:fs';

/**
 * Makes every transaction committed to a WAL file so far durable, off the event loop: the file's data is
 * flushed to the disk by `fdatasync` on libuv's thread pool while the loop goes on.
 *
 * What SQLite's `synchronous = FULL` adds to `NORMAL` in WAL mode is exactly this: "an additional sync
 * operation of the WAL file after each transaction commit" (sqlite.org/pragma.html#pragma_synchronous); under
 * NORMAL a commit only writes its frames into the WAL (the page cache), and checkpoints still sync the WAL
 * before and the database after. A commit run under NORMAL and then this sync is as durable as one run under
 * FULL, but better-sqlite3 would wait for FULL's sync on the main thread, where every phone's message waits
 * with it.
 *
 * The file stays open between syncs (one hand-over to the thread pool per group commit, not three), and is
 * opened again when the name no longer leads to it (SQLite deletes the WAL when its last connection closes
 * and creates a new one): the WAL synced is always the one SQLite writes. One that is gone was checkpointed
 * into the database (synced) and removed, which leaves nothing to sync.
 */
export class WalSync {
  private fd: number | null = null;
  private ino = 0;

  constructor(private readonly walFile: string) {}

  sync(): Promise<void> {
    return this.current().then((fd) =>
      fd === null
        ? undefined
        : new Promise<void>((resolve, reject) =>
            fdatasync(fd, (err) => (err ? reject(asSqliteError(err)) : resolve())),
          ),
    );
  }

  /** Closes the file (the storage closes). */
  close(): void {
    if (this.fd !== null) close(this.fd, () => undefined);
    this.fd = null;
  }

  /** The open WAL, opened again if the name now leads to another file; null when there is none. */
  private async current(): Promise<number | null> {
    let ino: number;
    try {
      ino = statSync(this.walFile).ino;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw asSqliteError(err as NodeJS.ErrnoException);
    }
    if (this.fd !== null && ino === this.ino) return this.fd;
    this.close();
    const fd = await new Promise<number>((resolve, reject) =>
      open(this.walFile, 'r+', (err, opened) => (err ? reject(asSqliteError(err)) : resolve(opened))),
    );
    this.fd = fd;
    this.ino = fstatSync(fd).ino;
    return fd;
  }
}

/** The failure as SQLite would have reported its own sync failing (the storage's health reads the code). */
const asSqliteError = (err: NodeJS.ErrnoException) =>
  Object.assign(new Error(`the WAL could not be synced to disk: ${err.message}`, { cause: err }), {
    code: 'SQLITE_IOERR_FSYNC',
  });
