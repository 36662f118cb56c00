import { ErrorCode, type CommandAck } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { createCommandQueue } from './commandQueue';
import { manualTimers, type Sent } from '../../test/kit/testDoubles';

/** The queue as the app sets it up for the flood limit: its refusal says when to go again. */
const setup = (now: () => number = () => 0) => {
  let connected = true;
  const sent: Sent[] = [];
  const { timers, fire } = manualTimers();
  let ids = 0;
  const queue = createCommandQueue({
    transport: { isReady: () => connected, emit: (name, payload, ack) => sent.push({ name, payload, ack }) },
    makeId: () => `c${++ids}`,
    timers,
    now,
    retryAfter: (_name, res) =>
      !res.ok && res.error.code === ErrorCode.RateLimited && res.error.retryInMs !== undefined
        ? res.error.retryInMs
        : null,
  });
  return { queue, sent, fire, setConnected: (c: boolean) => (connected = c) };
};

const flooded: CommandAck = {
  ok: false,
  error: { code: ErrorCode.RateLimited, message: 'too many messages; slow down', retryInMs: 100 },
};

describe('the flood limit and replays', () => {
  it('sends a click refused by the flood limit again with the same id, instead of failing it', async () => {
    const { queue, sent, fire } = setup();
    const result = queue.send('theme:create', { themeId: 't', questionId: 'q1', name: 'Uusi' });
    sent[0]!.ack(flooded);
    fire();
    expect(sent.map((s) => s.payload.commandId)).toEqual(['c1', 'c1']);
    sent[1]!.ack({ ok: true, seq: 4 });
    await expect(result).resolves.toEqual({ ok: true, seq: 4 });
  });

  it('keeps a per-minute refusal (no retryInMs) a final answer', async () => {
    const { queue, sent } = setup();
    const result = queue.send('thought:submit', { thoughtId: 't', text: 'x', questionId: 'q1', showName: false });
    sent[0]!.ack({ ok: false, error: { code: ErrorCode.RateLimited, message: 'at most 10 thoughts a minute' } });
    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });

  it('paces a reconnect’s replays: 20 at once, then the rest as time passes, each with its first id', () => {
    let t = 0;
    const { queue, sent, fire, setConnected } = setup(() => t);
    setConnected(false);
    for (let i = 0; i < 30; i++) void queue.send('timer:extend', { minutes: 1 });
    setConnected(true);
    queue.flush();
    expect(sent).toHaveLength(20);
    const answerAll = () => sent.forEach((s) => s.ack({ ok: true, seq: 1 }));
    answerAll();
    t += 1000; // 8 more tokens a second
    fire();
    expect(sent).toHaveLength(28);
    answerAll();
    t += 1000;
    fire();
    expect(sent.map((s) => s.payload.commandId)).toEqual(Array.from({ length: 30 }, (_, i) => `c${i + 1}`));
  });
});
