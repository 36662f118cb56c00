import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, phone, scribe, Story, type Case } from '../kit/decide.js';

/** A running aquarium in phase 1 (the inner circle speaks): p1, p2 inner, p3 outer; p1 waits for a turn. */
const running = () =>
  Story.aquarium()
    .join('p1', 'g1', 'Anna')
    .join('p2', 'g2')
    .join('p3', 'g3')
    .run('participant:seat', { participantId: 'p1', circle: 'inner' })
    .run('participant:seat', { participantId: 'p2', circle: 'inner' })
    .run('participant:seat', { participantId: 'p3', circle: 'outer' })
    .run('session:start')
    .run('turn:request', { emptyChair: false }, phone('p1'));
const speaking = () => running().run('turn:grant', {});
const openChair = () => running().run('settings:update', { openChair: true });
const REQUESTED = ['turn.requested', 'turn.queueShown'];
const GRANTED = ['turn.started', 'turn.announced'];

const cases: Case[] = [
  // turn:request
  {
    name: 'a speaker asks for a turn and the phones see the queue',
    given: running,
    command: 'turn:request',
    payload: { emptyChair: false },
    by: phone('p2'),
    events: REQUESTED,
  },
  {
    name: 'asking twice changes nothing',
    given: running,
    command: 'turn:request',
    payload: { emptyChair: false },
    by: phone('p1'),
    events: [],
  },
  {
    name: 'the one speaking is not queued again',
    given: speaking,
    command: 'turn:request',
    payload: { emptyChair: false },
    by: phone('p1'),
    events: [],
  },
  {
    name: 'a listener is told turns belong to the speaking circle',
    given: running,
    command: 'turn:request',
    payload: { emptyChair: false },
    by: phone('p3'),
    refused: ErrorCode.ListeningCircle,
  },
  {
    name: 'a listener takes the open empty chair',
    given: openChair,
    command: 'turn:request',
    payload: { emptyChair: true },
    by: phone('p3'),
    events: REQUESTED,
  },
  {
    name: 'the empty chair is closed unless the aquarium is open',
    given: running,
    command: 'turn:request',
    payload: { emptyChair: true },
    by: phone('p3'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the empty chair is not for the speaking circle',
    given: openChair,
    command: 'turn:request',
    payload: { emptyChair: true },
    by: phone('p2'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no turns before the start',
    given: () => Story.aquarium().join('p1'),
    command: 'turn:request',
    payload: { emptyChair: false },
    by: phone('p1'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a phone not in the session cannot ask',
    given: running,
    command: 'turn:request',
    payload: { emptyChair: false },
    by: phone('ghost'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the scribe cannot ask for a turn',
    given: running,
    command: 'turn:request',
    payload: { emptyChair: false },
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  // turn:cancel, turn:dismiss, turn:reorder
  {
    name: 'a phone cancels its request',
    given: running,
    command: 'turn:cancel',
    by: phone('p1'),
    events: ['turn.withdrawn', 'turn.queueShown'],
  },
  {
    name: 'cancelling with no request changes nothing',
    given: running,
    command: 'turn:cancel',
    by: phone('p2'),
    events: [],
  },
  {
    name: 'the facilitator dismisses a request',
    given: running,
    command: 'turn:dismiss',
    payload: { participantId: 'p1' },
    events: ['turn.withdrawn', 'turn.queueShown'],
  },
  {
    name: 'dismissing someone not queued is refused',
    given: running,
    command: 'turn:dismiss',
    payload: { participantId: 'p2' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a participant cannot dismiss',
    given: running,
    command: 'turn:dismiss',
    payload: { participantId: 'p1' },
    by: phone('p2'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the queue is reordered',
    given: () => running().run('turn:request', { emptyChair: false }, phone('p2')),
    command: 'turn:reorder',
    payload: { participantIds: ['p2', 'p1'] },
    events: ['turn.queueReordered', 'turn.queueShown'],
  },
  {
    name: 'a reorder of a queue that changed meanwhile is stale',
    given: running,
    command: 'turn:reorder',
    payload: { participantIds: ['p2', 'p1'] },
    refused: ErrorCode.Stale,
  },
  // turn:grant, turn:end
  {
    name: 'the first in the queue is given the turn',
    given: running,
    command: 'turn:grant',
    payload: {},
    events: [...GRANTED, 'turn.queueShown'],
  },
  {
    name: 'a named person is given the turn',
    given: running,
    command: 'turn:grant',
    payload: { participantId: 'p2' },
    events: GRANTED,
  },
  {
    name: 'granting a new turn ends the running one',
    given: speaking,
    command: 'turn:grant',
    payload: { participantId: 'p2' },
    events: ['turn.ended', 'turn.announced', ...GRANTED],
  },
  {
    name: 'a stakeholder group may be given the turn',
    given: running,
    command: 'turn:grant',
    payload: { stakeholderGroupId: 'g3' },
    events: GRANTED,
  },
  {
    name: 'an unknown stakeholder group is refused',
    given: running,
    command: 'turn:grant',
    payload: { stakeholderGroupId: 'g99' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'an unknown participant is refused',
    given: running,
    command: 'turn:grant',
    payload: { participantId: 'p9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'nobody waiting: nothing to grant',
    given: () => running().run('turn:cancel', {}, phone('p1')),
    command: 'turn:grant',
    payload: {},
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no turn after the end',
    given: () => running().run('session:end'),
    command: 'turn:grant',
    payload: {},
    refused: ErrorCode.InvalidState,
  },
  { name: 'the running turn ends', given: speaking, command: 'turn:end', events: ['turn.ended', 'turn.announced'] },
  {
    name: 'ending with no turn running is refused',
    given: running,
    command: 'turn:end',
    refused: ErrorCode.InvalidState,
  },
  // turn:invite, turn:setLimit
  {
    name: 'the facilitator invites quiet people',
    given: running,
    command: 'turn:invite',
    payload: { participantIds: ['p2', 'p3'] },
    events: ['turn.invited', 'turn.invited'],
  },
  {
    name: 'someone invited already is not invited again',
    given: () => running().run('turn:invite', { participantIds: ['p2'] }),
    command: 'turn:invite',
    payload: { participantIds: ['p2', 'p3'] },
    events: ['turn.invited'],
  },
  {
    name: 'inviting an unknown participant is refused',
    given: running,
    command: 'turn:invite',
    payload: { participantIds: ['p9'] },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a soft time limit is set',
    given: running,
    command: 'turn:setLimit',
    payload: { seconds: 90 },
    events: ['turn.limitSet'],
  },
  {
    name: 'the same limit again changes nothing',
    given: () => running().run('turn:setLimit', { seconds: 90 }),
    command: 'turn:setLimit',
    payload: { seconds: 90 },
    events: [],
  },
];

describe('turn handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('announces the speaker by name and stakeholder group, and keeps the rest of the queue', () => {
    const s = running().run('turn:request', { emptyChair: false }, phone('p2')).run('turn:grant', {});
    expect(s.state.turns.current).toMatchObject({ participantId: 'p1', stakeholderGroupId: 'g1', circle: 'inner' });
    expect(s.state.turns.queue.map((r) => r.participantId)).toEqual(['p2']);
  });
});
