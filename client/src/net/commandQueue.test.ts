import type { CommandName } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { createCommandQueue } from './commandQueue';
import { manualTimers, type Sent } from '../../test/kit/testDoubles';

const setup = () => {
  let connected = true;
  const sent: Sent[] = [];
  const { timers, fire: fireTimers } = manualTimers();
  const delayed: CommandName[] = [];
  let ids = 0;
  const queue = createCommandQueue({
    transport: { isReady: () => connected, emit: (name, payload, ack) => sent.push({ name, payload, ack }) },
    makeId: () => `command-${++ids}`,
    timers,
    onDelayed: (name) => delayed.push(name),
  });
  return { queue, sent, delayed, fireTimers, setConnected: (c: boolean) => (connected = c) };
};

describe('command queue', () => {
  it('resolves with the acknowledgement', async () => {
    const { queue, sent } = setup();
    const result = queue.send('phase:next', { expectedIndex: 0 });
    expect(sent[0]!.payload).toEqual({ expectedIndex: 0, commandId: 'command-1' });
    sent[0]!.ack({ ok: true, seq: 7 });
    await expect(result).resolves.toEqual({ ok: true, seq: 7 });
    expect(queue.size()).toBe(0);
  });

  it('retries an unacknowledged command with the same id after a timeout', async () => {
    const { queue, sent, delayed, fireTimers } = setup();
    const result = queue.send('timer:pause', {});
    fireTimers();
    expect(sent.map((s) => s.payload.commandId)).toEqual(['command-1', 'command-1']);
    expect(delayed).toEqual(['timer:pause']);
    sent[1]!.ack({ ok: true, seq: 3 });
    sent[0]!.ack({ ok: true, seq: 3 }); // a late answer to the first attempt changes nothing
    await expect(result).resolves.toEqual({ ok: true, seq: 3 });
  });

  it('waits while disconnected and sends with the same id after reconnect', async () => {
    const { queue, sent, setConnected } = setup();
    setConnected(false);
    const result = queue.send('timer:extend', { minutes: 1 });
    expect(sent).toHaveLength(0);
    setConnected(true);
    queue.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload).toEqual({ minutes: 1, commandId: 'command-1' });
    sent[0]!.ack({ ok: false, error: { code: 'STALE', message: 'moved' } });
    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'STALE' } });
  });

  it('resends a command lost in a dropped connection with its original id', () => {
    const { queue, sent, setConnected } = setup();
    void queue.send('session:start', {});
    setConnected(false);
    void queue.send('session:end', {});
    setConnected(true);
    queue.flush();
    expect(sent.map((s) => [s.name, s.payload.commandId])).toEqual([
      ['session:start', 'command-1'],
      ['session:start', 'command-1'],
      ['session:end', 'command-2'],
    ]);
  });
});
