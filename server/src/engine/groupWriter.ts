import type { AppendBatch, Storage } from '../storage/storage.js';

interface Pending {
  sessionId: string;
  batch: AppendBatch;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: every append queued in the same turn of the event loop is written in one transaction,
 * so a thousand phones sending at once cost a handful of fsyncs instead of a thousand. Flushes run one
 * after another, so appends are durable in the order they were queued.
 */
export class GroupWriter {
  private queue: Pending[] = [];
  private running: Promise<void> = Promise.resolve();
  private scheduled = false;

  constructor(
    private readonly storage: Storage,
    /** Told each flush's size and how long its write (fsync included) took. */
    private readonly onWrite?: (commands: number, seconds: number) => void,
  ) {}

  append(sessionId: string, batch: AppendBatch): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ sessionId, batch, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.running = this.running.then(() => this.flush());
        });
      }
    });
  }

  /** Drops a session's queued appends (after a failed write its runtime is rebuilt from storage). */
  cancel(sessionId: string, reason: unknown): void {
    const [dropped, kept] = partition(this.queue, (p) => p.sessionId === sessionId);
    this.queue = kept;
    for (const p of dropped) p.reject(reason);
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const items = this.queue;
    this.queue = [];
    if (items.length === 0) return;
    if (!this.storage.appendMany) {
      // No group commit in this storage: each append stands or falls on its own.
      for (const p of items) await this.storage.append(p.sessionId, p.batch).then(p.resolve, p.reject);
      return;
    }
    try {
      const started = performance.now();
      await this.storage.appendMany(items.map(({ sessionId, batch }) => ({ sessionId, batch })));
      this.onWrite?.(items.length, (performance.now() - started) / 1000);
      for (const p of items) p.resolve();
    } catch (err) {
      for (const p of items) p.reject(err);
    }
  }
}

const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
};
