import type { SessionEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { roomsFor, runsByRooms, targetRooms } from './rooms.js';

const seated = (seq: number, participantId: string) =>
  ({ seq, at: 0, type: 'participant.seated', data: { participantId, circle: 'inner' } }) as SessionEvent;
const paused = (seq: number) => ({ seq, at: 0, type: 'timer.paused', data: {} }) as SessionEvent;

describe('grouping events for broadcast', () => {
  it('keeps sequence order for every room while sending runs together', () => {
    const runs = runsByRooms('s', [paused(1), paused(2), seated(3, 'a'), paused(4)]);
    expect(runs.map((r) => [r.rooms, r.events.map((e) => e.seq)])).toEqual([
      // Staff and the projector are in no other room: all their events in one message.
      [
        ['s:staff', 's:screen'],
        [1, 2, 3, 4],
      ],
      // A phone is in the participants' room and its own: 4 may not overtake 3.
      [['s:participants'], [1, 2]],
      [['s:p:a'], [3]],
      [['s:participants'], [4]],
    ]);
    // One event for everyone is still one message, serialised once.
    expect(runsByRooms('s', [paused(5)])).toEqual([
      { rooms: ['s:participants', 's:staff', 's:screen'], events: [paused(5)] },
    ]);
  });

  it('sends 20 phones joining in one write as one message to the staff and one to each phone', () => {
    const joined = Array.from(
      { length: 20 },
      (_, i) =>
        ({
          seq: i + 1,
          at: 0,
          type: 'participant.joined',
          data: { participant: { id: `p${i}`, displayName: null, stakeholderGroupId: 'g' } },
        }) as SessionEvent,
    );
    const runs = runsByRooms('s', joined);
    expect(runs[0]).toEqual({ rooms: ['s:staff', 's:screen'], events: joined });
    expect(runs.slice(1).map((r) => r.rooms)).toEqual(joined.map((_, i) => [`s:p:p${i}`]));
  });

  it('gives every connection exactly the events it may see, in sequence order, whatever the mix', () => {
    // Connections as roomsFor makes them; each receives the events of every run sent to one of its rooms.
    const connections = [
      roomsFor('s', 'facilitator', null),
      roomsFor('s', 'screen', null),
      ...['a', 'b', 'c'].map((p) => roomsFor('s', 'participant', p)),
    ];
    const makers = [
      (seq: number) => paused(seq),
      (seq: number) => seated(seq, 'a'),
      (seq: number) => seated(seq, 'b'),
      (seq: number) =>
        ({
          seq,
          at: 0,
          type: 'soloThought.revealed',
          data: { soloThoughts: [], to: ['a', 'c'] },
        }) as SessionEvent,
      (seq: number) =>
        ({
          seq,
          at: 0,
          type: 'point.added',
          data: {
            point: { id: 'p', smallGroupId: 'g', questionId: 'q1', text: 'x', soloThoughtIds: [], order: 0 },
            to: ['b'],
          },
        }) as SessionEvent,
    ];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 300; trial++) {
      const events = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) =>
        makers[Math.floor(random() * makers.length)]!(i + 1),
      );
      const runs = runsByRooms('s', events);
      for (const mine of connections) {
        const received = runs.filter((r) => r.rooms.some((room) => mine.includes(room))).flatMap((r) => r.events);
        const expected = events.filter((e) => targetRooms('s', e).some((room) => mine.includes(room)));
        expect(received.map((e) => e.seq)).toEqual(expected.map((e) => e.seq));
      }
    }
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
    expect(runs.map((r) => [r.rooms, r.events.map((e) => e.seq)])).toEqual([
      [['s:screen'], [1]],
      [
        ['s:p:a', 's:p:b', 's:staff'],
        [1, 2],
      ],
      [['s:p:a'], [3]],
    ]);
    // The projector counts the point but never receives its text.
    expect(JSON.stringify(runs[0]!.events)).not.toContain('"text":"x"');
    expect(runs[1]!.events[0]).toBe(point);
  });
});
