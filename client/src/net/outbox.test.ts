import type { CommandAck, CommandName } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { createCommandQueue } from './commandQueue';
import { createOutbox, memoryStorage, outboxKey, type KeyValueStorage, type PersistedCommand } from './outbox';
import { manualTimers, type Sent } from '../../test/kit/testDoubles';

const KEY = outboxKey('s1', 'scribe');

/** A page of the app: its own queue over the shared storage, as after a reload. */
const page = (storage: KeyValueStorage, connected = true) => {
  const state = { connected };
  const sent: Sent[] = [];
  const stored: string[][] = [];
  const { timers, fire: fireTimers } = manualTimers();
  const waiting: PersistedCommand[][] = [];
  const restored: [CommandName, CommandAck][] = [];
  let ids = 0;
  const queue = createCommandQueue({
    transport: {
      isReady: () => state.connected,
      emit: (name, payload, ack) => {
        // What the storage holds at the moment of sending.
        stored.push(
          createOutbox(storage, KEY)
            .load()
            .map((c) => c.payload.commandId),
        );
        sent.push({ name, payload, ack });
      },
    },
    makeId: () => `cmd-${Math.random().toString(36).slice(2)}-${++ids}`,
    timers,
    now: () => 1000 + ids,
    isTransient: (_name, res) => !res.ok && res.error.code === 'INTERNAL',
    onDurableChange: (w) => waiting.push(w),
    onRestoredSettled: (name, res) => restored.push([name, res]),
  });
  return { queue, sent, stored, waiting, restored, fireTimers, state };
};

const note = (text: string) => ({ noteId: `n-${text}`, text, questionId: 'q1' });
const storedIds = (storage: KeyValueStorage) =>
  createOutbox(storage, KEY)
    .load()
    .map((c) => c.payload.commandId);

describe('outbox storage', () => {
  it('keeps commands in order, replaces one with the same id and removes the key when empty', () => {
    const storage = memoryStorage();
    const box = createOutbox(storage, KEY);
    const a = { name: 'note:add' as const, payload: { commandId: 'aaaaaaaa', text: 'a' }, queuedAt: 1 };
    const b = { name: 'note:add' as const, payload: { commandId: 'bbbbbbbb', text: 'b' }, queuedAt: 2 };
    box.put(a);
    box.put(b);
    box.put({ ...a, queuedAt: 3 });
    expect(box.load().map((c) => c.payload.commandId)).toEqual(['bbbbbbbb', 'aaaaaaaa']);
    box.remove('bbbbbbbb');
    box.remove('aaaaaaaa');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('ignores damaged data and survives a storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    expect(createOutbox(storage, KEY).load()).toEqual([]);
    storage.setItem(KEY, JSON.stringify([{ name: 'note:add' }, 5]));
    expect(createOutbox(storage, KEY).load()).toEqual([]);
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    const box = createOutbox(broken, KEY);
    expect(() => box.put({ name: 'note:add', payload: { commandId: 'cccccccc' }, queuedAt: 1 })).not.toThrow();
    expect(box.load()).toEqual([]);
  });
});

describe('durable commands in the queue', () => {
  it('are stored before they are sent and removed once acknowledged', async () => {
    const storage = memoryStorage();
    const { queue, sent, stored, waiting } = page(storage);
    queue.attachOutbox(createOutbox(storage, KEY));
    const result = queue.send('note:add', note('a'), { durable: true });
    const id = sent[0]!.payload.commandId;
    expect(stored[0]).toEqual([id]);
    expect(waiting.at(-1)).toHaveLength(1);
    sent[0]!.ack({ ok: true, seq: 4 });
    await expect(result).resolves.toEqual({ ok: true, seq: 4 });
    expect(storedIds(storage)).toEqual([]);
    expect(waiting.at(-1)).toEqual([]);
  });

  it('leave the outbox on a definitive refusal but wait through a transient one', async () => {
    const storage = memoryStorage();
    const { queue, sent, fireTimers } = page(storage);
    queue.attachOutbox(createOutbox(storage, KEY));
    const refused = queue.send('thought:submit', { thoughtId: 't1', text: 'x' }, { durable: true });
    sent[0]!.ack({ ok: false, error: { code: 'RATE_LIMITED', message: 'at most 10 thoughts a minute' } });
    await expect(refused).resolves.toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(storedIds(storage)).toEqual([]);

    void queue.send('note:add', note('b'), { durable: true });
    const id = sent[1]!.payload.commandId;
    sent[1]!.ack({ ok: false, error: { code: 'INTERNAL', message: 'could not save' } });
    expect(storedIds(storage)).toEqual([id]);
    fireTimers();
    expect(sent[2]!.payload.commandId).toBe(id);
  });

  it('are not stored when not durable', () => {
    const storage = memoryStorage();
    const { queue, stored } = page(storage);
    queue.attachOutbox(createOutbox(storage, KEY));
    void queue.send('timer:pause', {});
    expect(stored[0]).toEqual([]);
    expect(queue.waiting()).toEqual([]);
  });

  it('survive a reload while offline and are sent once, with the same ids, in order', () => {
    const storage = memoryStorage();
    const before = page(storage, false);
    before.queue.attachOutbox(createOutbox(storage, KEY));
    void before.queue.send('note:add', note('first'), { durable: true });
    void before.queue.send('note:edit', { noteId: 'n-first', text: 'first!' }, { durable: true });
    expect(before.sent).toEqual([]);
    const ids = storedIds(storage);
    expect(ids).toHaveLength(2);

    // The page is reloaded: a new queue, the same storage.
    const after = page(storage, true);
    after.queue.attachOutbox(createOutbox(storage, KEY));
    expect(after.queue.waiting().map((c) => c.payload.commandId)).toEqual(ids);
    after.queue.flush();
    expect(after.sent.map((s) => [s.name, s.payload.commandId])).toEqual([
      ['note:add', ids[0]],
      ['note:edit', ids[1]],
    ]);
    expect(after.sent[1]!.payload).toMatchObject({ text: 'first!' });
    after.sent[0]!.ack({ ok: true, seq: 9 });
    after.sent[1]!.ack({ ok: true, seq: 10 });
    expect(after.restored.map(([name]) => name)).toEqual(['note:add', 'note:edit']);
    expect(storedIds(storage)).toEqual([]);
  });

  it('made before the session is known are stored when the outbox is attached, restored ones first', () => {
    const storage = memoryStorage();
    createOutbox(storage, KEY).put({ name: 'note:add', payload: { commandId: 'old-command' }, queuedAt: 1 });
    const { queue, sent, state } = page(storage, false);
    void queue.send('note:add', note('new'), { durable: true });
    queue.attachOutbox(createOutbox(storage, KEY));
    const ids = storedIds(storage);
    expect(ids).toHaveLength(2);
    state.connected = true;
    queue.flush();
    expect(sent.map((s) => s.payload.commandId)).toEqual(ids);
    expect(ids[0]).toBe('old-command');
  });

  it('does not resend a command restored twice (attaching the same outbox again)', () => {
    const storage = memoryStorage();
    const { queue, sent } = page(storage, true);
    queue.attachOutbox(createOutbox(storage, KEY));
    void queue.send('note:add', note('a'), { durable: true });
    queue.attachOutbox(createOutbox(storage, KEY));
    queue.flush();
    expect(new Set(sent.map((s) => s.payload.commandId)).size).toBe(1);
    expect(queue.size()).toBe(1);
  });
});
