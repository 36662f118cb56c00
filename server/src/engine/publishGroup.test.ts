import { defaultAquariumSetup, reduceAll, type SessionEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { GroupWriter } from './groupWriter.js';
import { SessionRuntime } from './runtime.js';
import type { Storage } from '../storage/storage.js';

const created = {
  seq: 1,
  at: 0,
  type: 'session.created',
  data: { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' },
} as SessionEvent;

/** A runtime over a storage with group commit whose writes succeed. */
const runtimeWith = (publish: (events: SessionEvent[]) => void) => {
  const commits: number[] = [];
  const storage = {
    appendMany: async (batches: unknown[]) => void commits.push(batches.length),
  } as unknown as Storage;
  const runtime = new SessionRuntime(
    's',
    reduceAll(null, [created])!,
    {
      storage,
      writer: new GroupWriter(storage),
      clock: { now: () => 1000 },
      handlers: {} as never,
      publish: (_id, events) => publish(events),
      onBroken: () => undefined,
      shared: false,
    },
    [created],
  );
  return { runtime, commits };
};

const join = (id: string) => () => [
  { type: 'participant.joined' as const, data: { participant: { id, displayName: null, stakeholderGroupId: 'g1' } } },
];

describe("a group commit's broadcast", () => {
  it('sends the events of one group commit as one broadcast, before any of their writers is answered', async () => {
    const order: string[] = [];
    const published: SessionEvent[][] = [];
    const { runtime, commits } = runtimeWith((events) => {
      published.push(events);
      order.push('broadcast');
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => runtime.record(join(`p${i}`)).then(() => order.push('answered'))),
    );
    expect(commits).toEqual([20]);
    expect(published.map((events) => events.map((e) => e.seq))).toEqual([Array.from({ length: 20 }, (_, i) => i + 2)]);
    expect(order).toEqual(['broadcast', ...Array(20).fill('answered')]);

    // The next write is a group, and a broadcast, of its own.
    await runtime.record(join('late'));
    expect(published.map((events) => events.length)).toEqual([20, 1]);
  });
});
