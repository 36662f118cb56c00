import type { SessionEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { runsByRooms } from './rooms.js';

const seated = (seq: number, participantId: string) =>
  ({ seq, at: 0, type: 'participant.seated', data: { participantId, circle: 'inner' } }) as SessionEvent;
const paused = (seq: number) => ({ seq, at: 0, type: 'timer.paused', data: {} }) as SessionEvent;

describe('grouping events for broadcast', () => {
  it('keeps sequence order for every room while sending runs together', () => {
    const runs = runsByRooms('s', [paused(1), paused(2), seated(3, 'a'), paused(4)]);
    expect(runs.map((r) => r.events.map((e) => e.seq))).toEqual([[1, 2], [3], [4]]);
    expect(runs[1]!.rooms).toEqual(['s:staff', 's:screen', 's:p:a']);
    expect(runs[0]!.rooms).toEqual(['s:staff', 's:screen', 's:participants']);
  });

  it("sends a small group's events to its members' phones only, and members' own words not to the projector", () => {
    const point = {
      seq: 1,
      at: 0,
      type: 'point.added',
      data: {
        point: { id: 'p', smallGroupId: 'g', questionId: 'q1', text: 'x', soloThoughtIds: [], order: 0 },
        to: ['a', 'b'],
      },
    } as SessionEvent;
    const revealed = {
      seq: 2,
      at: 0,
      type: 'soloThought.revealed',
      data: { soloThoughts: [], to: ['a', 'b'] },
    } as SessionEvent;
    const written = {
      seq: 3,
      at: 0,
      type: 'soloThought.written',
      data: { soloThought: { id: 'i', participantId: 'a', questionId: 'q1', text: 'x', writtenAt: 0 } },
    } as SessionEvent;
    const runs = runsByRooms('s', [point, revealed, written]);
    expect(runs.map((r) => r.rooms)).toEqual([
      ['s:staff', 's:p:a', 's:p:b'],
      ['s:screen'],
      ['s:staff', 's:p:a', 's:p:b'],
      ['s:p:a'],
    ]);
    // The projector counts the point but never receives its text.
    expect(JSON.stringify(runs[1]!.events)).not.toContain('"text":"x"');
    expect(runs[0]!.events[0]).toBe(point);
  });
});
