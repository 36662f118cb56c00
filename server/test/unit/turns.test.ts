import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, scribe, Story } from '../kit/decide.js';

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

const cases = [
  // turn:request
  row(
    'a speaker asks for a turn and the phones see the queue',
    running,
    'turn:request',
    { emptyChair: false },
    phone('p2'),
  ).accepts(...REQUESTED),
  row('asking twice changes nothing', running, 'turn:request', { emptyChair: false }, phone('p1')).accepts(),
  row('the one speaking is not queued again', speaking, 'turn:request', { emptyChair: false }, phone('p1')).accepts(),
  row(
    'a listener is told turns belong to the speaking circle',
    running,
    'turn:request',
    { emptyChair: false },
    phone('p3'),
  ).refuses(ErrorCode.ListeningCircle),
  row('a listener takes the open empty chair', openChair, 'turn:request', { emptyChair: true }, phone('p3')).accepts(
    ...REQUESTED,
  ),
  row(
    'the empty chair is closed unless the aquarium is open',
    running,
    'turn:request',
    { emptyChair: true },
    phone('p3'),
  ).refuses(ErrorCode.InvalidState),
  row(
    'the empty chair is not for the speaking circle',
    openChair,
    'turn:request',
    { emptyChair: true },
    phone('p2'),
  ).refuses(ErrorCode.InvalidState),
  row(
    'no turns before the start',
    () => Story.aquarium().join('p1'),
    'turn:request',
    { emptyChair: false },
    phone('p1'),
  ).refuses(ErrorCode.InvalidState),
  row('a phone not in the session cannot ask', running, 'turn:request', { emptyChair: false }, phone('ghost')).refuses(
    ErrorCode.Forbidden,
  ),
  row('the scribe cannot ask for a turn', running, 'turn:request', { emptyChair: false }, scribe).refuses(
    ErrorCode.Forbidden,
  ),
  // turn:cancel, turn:dismiss, turn:reorder
  row('a phone cancels its request', running, 'turn:cancel', {}, phone('p1')).accepts(
    'turn.withdrawn',
    'turn.queueShown',
  ),
  row('cancelling with no request changes nothing', running, 'turn:cancel', {}, phone('p2')).accepts(),
  row('the facilitator dismisses a request', running, 'turn:dismiss', { participantId: 'p1' }).accepts(
    'turn.withdrawn',
    'turn.queueShown',
  ),
  row('dismissing someone not queued is refused', running, 'turn:dismiss', { participantId: 'p2' }).refuses(
    ErrorCode.NotFound,
  ),
  row('a participant cannot dismiss', running, 'turn:dismiss', { participantId: 'p1' }, phone('p2')).refuses(
    ErrorCode.Forbidden,
  ),
  row(
    'the queue is reordered',
    () => running().run('turn:request', { emptyChair: false }, phone('p2')),
    'turn:reorder',
    { participantIds: ['p2', 'p1'] },
  ).accepts('turn.queueReordered', 'turn.queueShown'),
  row('a reorder of a queue that changed meanwhile is stale', running, 'turn:reorder', {
    participantIds: ['p2', 'p1'],
  }).refuses(ErrorCode.Stale),
  // turn:grant, turn:end
  row('the first in the queue is given the turn', running, 'turn:grant', {}).accepts(...GRANTED, 'turn.queueShown'),
  row('a named person is given the turn', running, 'turn:grant', { participantId: 'p2' }).accepts(...GRANTED),
  row('granting a new turn ends the running one', speaking, 'turn:grant', { participantId: 'p2' }).accepts(
    'turn.ended',
    'turn.announced',
    ...GRANTED,
  ),
  row('a stakeholder group may be given the turn', running, 'turn:grant', { stakeholderGroupId: 'g3' }).accepts(
    ...GRANTED,
  ),
  row('an unknown stakeholder group is refused', running, 'turn:grant', { stakeholderGroupId: 'g99' }).refuses(
    ErrorCode.NotFound,
  ),
  row('an unknown participant is refused', running, 'turn:grant', { participantId: 'p9' }).refuses(ErrorCode.NotFound),
  row(
    'nobody waiting: nothing to grant',
    () => running().run('turn:cancel', {}, phone('p1')),
    'turn:grant',
    {},
  ).refuses(ErrorCode.InvalidState),
  row('no turn after the end', () => running().run('session:end'), 'turn:grant', {}).refuses(ErrorCode.InvalidState),
  row('the running turn ends', speaking, 'turn:end').accepts('turn.ended', 'turn.announced'),
  row('ending with no turn running is refused', running, 'turn:end').refuses(ErrorCode.InvalidState),
  // turn:invite, turn:setLimit
  row('the facilitator invites quiet people', running, 'turn:invite', { participantIds: ['p2', 'p3'] }).accepts(
    'turn.invited',
    'turn.invited',
  ),
  row(
    'someone invited already is not invited again',
    () => running().run('turn:invite', { participantIds: ['p2'] }),
    'turn:invite',
    { participantIds: ['p2', 'p3'] },
  ).accepts('turn.invited'),
  row('inviting an unknown participant is refused', running, 'turn:invite', { participantIds: ['p9'] }).refuses(
    ErrorCode.NotFound,
  ),
  row('a soft time limit is set', running, 'turn:setLimit', { seconds: 90 }).accepts('turn.limitSet'),
  row('the same limit again changes nothing', () => running().run('turn:setLimit', { seconds: 90 }), 'turn:setLimit', {
    seconds: 90,
  }).accepts(),
];

describe('turn handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('announces the speaker by name and stakeholder group, and keeps the rest of the queue', () => {
    const s = running().run('turn:request', { emptyChair: false }, phone('p2')).run('turn:grant', {});
    expect(s.state.turns.current).toMatchObject({ participantId: 'p1', stakeholderGroupId: 'g1', circle: 'inner' });
    expect(s.state.turns.queue.map((r) => r.participantId)).toEqual(['p2']);
  });
});
