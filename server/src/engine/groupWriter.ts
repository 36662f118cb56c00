import type { AppendBatch, Storage } from '../storage/storage.js';

interface Pending {
  sessionId: string;
  batch: AppendBatch;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: every append queued in the same turn of the event loop is written in one transaction,
 * so a thousand phones sending at once cost a handful of fsyncs instead of a thousand. Groups are committed one
 * after another, and answered in that order: each append resolves once its group is durable and every earlier
 * group has been answered.
 *
 * With a storage that says when a group is committed and only its sync to disk is awaited (SQLite, see
 * `Storage.appendMany`), the next group is committed and its sync started meanwhile, instead of after that
 * sync: the disk syncs of two groups overlap, and what arrives during one sync waits for its own, not for the
 * rest of the other's first (issue #24: a phone's HTTP join waited on average for one and a half syncs).
 */
export class GroupWriter {
  private queue: Pending[] = [];
  private running: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** The latest group handed over: whether it has been answered, and its own write's error (or null) then. */
  private last: { done: boolean; failure: Promise<unknown> } = { done: true, failure: Promise.resolve(null) };

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

  /** Hands a group to the storage; returns once the next group may be handed over. */
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
    const started = performance.now();
    let committed!: () => void;
    const handedOver = new Promise<void>((resolve) => (committed = resolve));
    const written = this.storage.appendMany(
      items.map(({ sessionId, batch }) => ({ sessionId, batch })),
      committed,
    );
    const failure = written.then(
      () => null,
      (err: unknown) => err ?? new Error('the write failed'),
    );
    // In order: after the group before this one. If that one was still being written when this one was handed
    // over, its failure fails this group too, as if written after it (the sessions are rebuilt from what is
    // stored; a command answered with the failure is sent again with its id and gets the stored answer if it
    // was written after all).
    const before = this.last;
    const overlapped = !before.done;
    const group = { done: false, failure: failure as Promise<unknown> };
    group.failure = Promise.all([failure, before.failure]).then(([own, earlier]) => {
      const err = own ?? (overlapped ? earlier : null);
      if (err) for (const p of items) p.reject(err);
      else {
        this.onWrite?.(items.length, (performance.now() - started) / 1000);
        for (const p of items) p.resolve();
      }
      group.done = true;
      return own;
    });
    this.last = group;
    await Promise.race([handedOver, failure]);
  }
}

const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
};
