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
});
