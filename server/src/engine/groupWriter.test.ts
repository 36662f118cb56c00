import { describe, expect, it } from 'vitest';
import { GroupWriter } from './groupWriter.js';
import type { AppendBatch, Storage } from '../storage/storage.js';

const batch = (seq: number): AppendBatch => ({
  events: [{ seq, at: 0, type: 'session.ended', data: {} }],
});

const fakeStorage = (failOn?: number) => {
  const calls: number[][] = [];
  const storage = {
    append: async (_id: string, b: AppendBatch) => {
      if (b.events[0]!.seq === failOn) throw new Error('conflict');
      calls.push([b.events[0]!.seq]);
    },
  } as unknown as Storage;
  return { storage, calls };
};

describe('group writer', () => {
  it('writes everything queued in one turn in one transaction, in order', async () => {
    const calls: number[][] = [];
    const storage = {
      appendMany: async (batches: { batch: AppendBatch }[]) => {
        calls.push(batches.map((b) => b.batch.events[0]!.seq));
      },
    } as unknown as Storage;
    const writer = new GroupWriter(storage);
    await Promise.all([1, 2, 3].map((n) => writer.append('s', batch(n))));
    await writer.append('s', batch(4));
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it('without group commit, one failed append does not fail the others', async () => {
    const { storage, calls } = fakeStorage(2);
    const writer = new GroupWriter(storage);
    const results = await Promise.allSettled([1, 2, 3].map((n) => writer.append('s', batch(n))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[1], [3]]);
  });

  it('cancels the queued appends of a session', async () => {
    const { storage, calls } = fakeStorage();
    const writer = new GroupWriter(storage);
    const kept = writer.append('a', batch(1));
    const dropped = writer.append('b', batch(2));
    writer.cancel('b', new Error('rebuilding'));
    await expect(dropped).rejects.toThrow('rebuilding');
    await kept;
    expect(calls).toEqual([[1]]);
  });

  it('hands the next group over while the one before is being synced, and answers them in order', async () => {
    const syncs: { seqs: number[]; done: (err?: Error) => void }[] = [];
    const storage = {
      appendMany: (batches: { batch: AppendBatch }[], committed?: () => void) => {
        committed?.();
        return new Promise<void>((resolve, reject) =>
          syncs.push({
            seqs: batches.map((b) => b.batch.events[0]!.seq),
            done: (err) => (err ? reject(err) : resolve()),
          }),
        );
      },
    } as unknown as Storage;
    const writer = new GroupWriter(storage);
    const answered: number[] = [];
    const first = writer.append('s', batch(1)).then(() => answered.push(1));
    await until(() => syncs.length === 1);
    const second = writer.append('s', batch(2)).then(() => answered.push(2));
    // The second group is committed and syncing although the first one's sync has not finished.
    await until(() => syncs.length === 2);
    expect(syncs.map((s) => s.seqs)).toEqual([[1], [2]]);
    syncs[1]!.done();
    await new Promise((r) => setImmediate(r));
    expect(answered).toEqual([]); // durable, but not answered before the group written before it
    syncs[0]!.done();
    await Promise.all([first, second]);
    expect(answered).toEqual([1, 2]);
  });

  it('fails a group that overlapped a failed one, and not the groups after', async () => {
    const syncs: ((err?: Error) => void)[] = [];
    const storage = {
      appendMany: (_batches: unknown, committed?: () => void) => {
        committed?.();
        return new Promise<void>((resolve, reject) => syncs.push((err) => (err ? reject(err) : resolve())));
      },
    } as unknown as Storage;
    const writer = new GroupWriter(storage);
    const first = writer.append('s', batch(1));
    await until(() => syncs.length === 1);
    const second = writer.append('s', batch(2));
    await until(() => syncs.length === 2);
    syncs[1]!();
    syncs[0]!(new Error('disk'));
    await expect(first).rejects.toThrow('disk');
    await expect(second).rejects.toThrow('disk');
    const third = writer.append('s', batch(3));
    await until(() => syncs.length === 3);
    syncs[2]!();
    await expect(third).resolves.toBeUndefined();
  });
});

/** Waits for a condition, a turn of the event loop at a time. */
const until = async (check: () => boolean) => {
  for (let turns = 0; !check(); turns++) {
    if (turns > 1000) throw new Error('never true');
    await new Promise((r) => setImmediate(r));
  }
};
