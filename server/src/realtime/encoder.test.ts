import { describe, expect, it, vi } from 'vitest';
import { encodeText } from './encoder.js';

const events = Array.from({ length: 1000 }, (_, i) => ({
  seq: i + 1,
  at: 1,
  type: 'thought.published',
  data: { thought: { id: `t${i}`, text: `Ajatus ${i}: tästä "lainaus"\n`, authorName: null } },
}));

/** What socket.io-parser writes for a text packet: type, namespace, ack id, then the data's JSON. */
const parse = (s: string, prefix: string) => {
  expect(s.startsWith(prefix)).toBe(true);
  return JSON.parse(s.slice(prefix.length)) as unknown;
};

describe('the text encoder', () => {
  it('writes acknowledgements and events as socket.io-parser does (the same JSON values)', () => {
    const ack = {
      ok: true,
      sessionId: 's',
      role: 'participant',
      participantId: 'p',
      snapshot: undefined,
      events,
      head: 9,
    };
    expect(parse(encodeText({ type: 3, nsp: '/', id: 12, data: [ack] }), '312')).toEqual([
      JSON.parse(JSON.stringify(ack)),
    ]);
    expect(parse(encodeText({ type: 3, nsp: '/', id: 0, data: [{ events: [] }] }), '30')).toEqual([{ events: [] }]);
    expect(parse(encodeText({ type: 3, nsp: '/', id: 7, data: [{ ok: true, seq: 4 }] }), '37')).toEqual([
      { ok: true, seq: 4 },
    ]);
    expect(parse(encodeText({ type: 2, nsp: '/', data: ['session:events', events.slice(0, 3)] }), '2')).toEqual([
      'session:events',
      events.slice(0, 3),
    ]);
    expect(parse(encodeText({ type: 2, nsp: '/admin', data: ['x'] }), '2/admin,')).toEqual(['x']);
    expect(encodeText({ type: 0, nsp: '/' })).toBe('0');
  });

  it('serialises each event once: the next catch-up with the same events joins what was written', () => {
    const ack = (participantId: string) => ({ ok: true, participantId, events, head: 1000 });
    const first = encodeText({ type: 3, nsp: '/', id: 1, data: [ack('a')] });
    const stringify = vi.spyOn(JSON, 'stringify');
    const second = encodeText({ type: 3, nsp: '/', id: 1, data: [ack('b')] });
    expect(stringify.mock.calls.length).toBeLessThanOrEqual(2); // the answer's own fields, not its 1,000 events
    stringify.mockRestore();
    expect(second).toBe(first.replace('"participantId":"a"', '"participantId":"b"'));
  });
});
