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
  /** Syncs under way per open file: a file replaced meanwhile is closed only once none is left. */
  private readonly syncing = new Map<number, number>();
  /** Files no longer current, closed as soon as their syncs are done. */
  private readonly retired = new Set<number>();
  /** The WAL being opened again, so that syncs started meanwhile share the one new file. */
  private opening: Promise<number | null> | null = null;

  constructor(private readonly walFile: string) {}

  /**
   * Resolves once every transaction committed before this call is on disk. Several may be under way at once
   * (the group writer starts the next group's while one's is running): each is its own `fdatasync`, started
   * after its commit, which the kernel completes only once that file's data written before it is on disk.
   */
  sync(): Promise<void> {
    return this.current().then((fd) => {
      if (fd === null) return undefined;
      this.syncing.set(fd, (this.syncing.get(fd) ?? 0) + 1);
      return new Promise<void>((resolve, reject) =>
        fdatasync(fd, (err) => {
          const left = this.syncing.get(fd)! - 1;
          if (left > 0) this.syncing.set(fd, left);
          else {
            this.syncing.delete(fd);
            if (this.retired.delete(fd)) close(fd, () => undefined);
          }
          if (err) reject(asSqliteError(err));
          else resolve();
        }),
      );
    });
  }

  /** Closes the file (the storage closes); one still being synced is closed once that is done. */
  close(): void {
    if (this.fd !== null) this.retire(this.fd);
    this.fd = null;
  }

  private retire(fd: number): void {
    if (this.syncing.has(fd)) this.retired.add(fd);
    else close(fd, () => undefined);
  }

  /** The open WAL, opened again if the name now leads to another file; null when there is none. */
  private current(): Promise<number | null> {
    if (this.opening) return this.opening;
    let ino: number;
    try {
      ino = statSync(this.walFile).ino;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return Promise.resolve(null);
      return Promise.reject(asSqliteError(err as NodeJS.ErrnoException));
    }
    if (this.fd !== null && ino === this.ino) return Promise.resolve(this.fd);
    this.close();
    const opening = new Promise<number>((resolve, reject) =>
      open(this.walFile, 'r+', (err, opened) => (err ? reject(asSqliteError(err)) : resolve(opened))),
    ).then((fd) => {
      this.fd = fd;
      this.ino = fstatSync(fd).ino;
      return fd;
    });
    this.opening = opening.finally(() => {
      this.opening = null;
    });
    return this.opening;
  }
}

/** The failure as SQLite would have reported its own sync failing (the storage's health reads the code). */
const asSqliteError = (err: NodeJS.ErrnoException) =>
  Object.assign(new Error(`the WAL could not be synced to disk: ${err.message}`, { cause: err }), {
    code: 'SQLITE_IOERR_FSYNC',
  });
