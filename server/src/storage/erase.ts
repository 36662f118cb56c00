import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs in a worker thread on a connection of its own: rewrites the file from the live rows only (VACUUM),
 * then moves the rewritten pages into the file and empties the WAL, which held the old ones. Plain
 * JavaScript, so the built server and the tests run the same code without a loader.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
try {
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  db.exec('VACUUM');
  let truncated = false;
  for (let tries = 0; tries < 50 && !truncated; tries++) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)');
    truncated = !result || result.busy === 0;
  }
  if (!truncated) throw new Error('the WAL could not be truncated after a delete');
} finally {
  db.close();
}
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

const eraseInWorker = (file: string) =>
  new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, driver } });
    let failed: unknown = null;
    worker.once('error', (err) => (failed = err));
    worker.once('exit', (code) => {
      if (failed || code !== 0) reject(failed ?? new Error(`the erase worker exited with ${code}`));
      else resolve();
    });
  });

/**
 * Leaves no byte of deleted rows in the SQLite file or its WAL, without stopping the event loop.
 *
 * `secure_delete` zeroes a row where it lies when it is deleted, but copies that B-tree balancing made
 * earlier (when other rows were inserted) stay in pages' unused space: server/test/abuse-delete.test.ts
 * found a deleted note that way in about one round of seven. Only VACUUM removes them, and it takes time
 * in proportion to the whole file (0.58 s for 48 MB), so it runs in a worker thread. Meanwhile reads go
 * on (WAL readers see the file as it was) and this connection's writes wait (`writable`), queued rather
 * than blocking the thread on SQLite's lock. Deletes that arrive while an erase runs share the next one.
 */
export class Eraser {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    /** For an in-memory database (no file a worker could open): erase on this thread. */
    private readonly inThread: () => void,
  ) {}

  /** An erase is running now: writes must wait (`writable`). */
  get erasing(): boolean {
    return this.running !== null;
  }

  /** Resolves once no erase is running: a write may take SQLite's lock without waiting on it. */
  async writable(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Resolves once an erase that started after this call has finished: everything deleted before is gone. */
  erase(): Promise<void> {
    if (this.next) return this.next;
    const after = this.running ?? Promise.resolve();
    const run: Promise<void> = after
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        this.running = run;
        if (this.file === ':memory:') return this.inThread();
        return eraseInWorker(this.file);
      })
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    this.next = run;
    return run;
  }
}
