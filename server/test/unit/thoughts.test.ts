import { ErrorCode, limits } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, facilitator, phone, Story, type Case } from '../kit/decide.js';

const submit = (thoughtId: string, questionId = 'q1') => ({ thoughtId, text: 'Ajatus', questionId, showName: false });

/** A running aquarium with two phones; p1 has a pending thought t1. */
const running = () =>
  Story.aquarium()
    .join('p1', 'g1', 'Anna')
    .join('p2', 'g2')
    .run('session:start')
    .run('thought:submit', submit('t1'), phone('p1'));
const approved = () => running().run('thought:moderate', { thoughtId: 't1', status: 'approved' });
const withoutApproval = () => Story.aquarium().join('p1').run('settings:update', { thoughtsNeedApproval: false });

const cases: Case[] = [
  // thought:submit
  {
    name: 'a participant sends a thought: it waits for approval',
    given: running,
    command: 'thought:submit',
    payload: submit('t2'),
    by: phone('p2'),
    events: ['thought.submitted'],
  },
  {
    name: 'without approval a thought is published at once',
    given: withoutApproval,
    command: 'thought:submit',
    payload: submit('t1'),
    by: phone('p1'),
    events: ['thought.submitted', 'thought.published'],
  },
  {
    name: 'a thought may be sent in the lobby',
    given: () => Story.aquarium().join('p1'),
    command: 'thought:submit',
    payload: submit('t1'),
    by: phone('p1'),
    events: ['thought.submitted'],
  },
  {
    name: 'the facilitator cannot send a thought',
    given: running,
    command: 'thought:submit',
    payload: submit('t2'),
    by: facilitator,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a phone that is not in the session cannot',
    given: running,
    command: 'thought:submit',
    payload: submit('t2'),
    by: phone('ghost'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'no thought after the session ended',
    given: () => running().run('session:end'),
    command: 'thought:submit',
    payload: submit('t2'),
    by: phone('p1'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an id already used is refused',
    given: running,
    command: 'thought:submit',
    payload: submit('t1'),
    by: phone('p2'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown question is refused',
    given: running,
    command: 'thought:submit',
    payload: submit('t2', 'q9'),
    by: phone('p1'),
    refused: ErrorCode.NotFound,
  },
  {
    name: 'an empty text is refused by the schema',
    given: running,
    command: 'thought:submit',
    payload: { ...submit('t2'), text: '  ' },
    by: phone('p1'),
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: `more than ${limits.thoughtsPerMinute} thoughts a minute are refused`,
    given: () => {
      const s = running();
      for (let i = 2; i <= limits.thoughtsPerMinute; i++) s.run('thought:submit', submit(`t${i}`), phone('p1'));
      return s;
    },
    command: 'thought:submit',
    payload: submit('tx'),
    by: phone('p1'),
    refused: ErrorCode.RateLimited,
  },
  // thought:withdraw
  {
    name: 'the author withdraws a pending thought',
    given: running,
    command: 'thought:withdraw',
    payload: { thoughtId: 't1' },
    by: phone('p1'),
    events: ['thought.withdrawn'],
  },
  {
    name: 'withdrawing a published thought takes it off the screen',
    given: approved,
    command: 'thought:withdraw',
    payload: { thoughtId: 't1' },
    by: phone('p1'),
    events: ['thought.withdrawn', 'thought.unpublished'],
  },
  {
    name: "another participant cannot withdraw someone's thought",
    given: running,
    command: 'thought:withdraw',
    payload: { thoughtId: 't1' },
    by: phone('p2'),
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a withdrawn thought cannot be withdrawn again',
    given: () => running().run('thought:withdraw', { thoughtId: 't1' }, phone('p1')),
    command: 'thought:withdraw',
    payload: { thoughtId: 't1' },
    by: phone('p1'),
    refused: ErrorCode.NotFound,
  },
  {
    name: 'no withdrawing after the end',
    given: () => running().run('session:end'),
    command: 'thought:withdraw',
    payload: { thoughtId: 't1' },
    by: phone('p1'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the facilitator cannot withdraw',
    given: running,
    command: 'thought:withdraw',
    payload: { thoughtId: 't1' },
    by: facilitator,
    refused: ErrorCode.Forbidden,
  },
  // thought:moderate
  {
    name: 'approving publishes',
    given: running,
    command: 'thought:moderate',
    payload: { thoughtId: 't1', status: 'approved' },
    events: ['thought.moderated', 'thought.published'],
  },
  {
    name: 'hiding an approved thought unpublishes it',
    given: approved,
    command: 'thought:moderate',
    payload: { thoughtId: 't1', status: 'hidden' },
    events: ['thought.moderated', 'thought.unpublished'],
  },
  {
    name: 'hiding a pinned thought also unpins it',
    given: () => approved().run('thought:pin', { thoughtId: 't1', pinned: true }),
    command: 'thought:moderate',
    payload: { thoughtId: 't1', status: 'hidden' },
    events: ['thought.moderated', 'thought.unpublished', 'thought.pinned'],
  },
  {
    name: 'the same status again changes nothing',
    given: approved,
    command: 'thought:moderate',
    payload: { thoughtId: 't1', status: 'approved' },
    events: [],
  },
  {
    name: 'an unknown thought is not found',
    given: running,
    command: 'thought:moderate',
    payload: { thoughtId: 't9', status: 'approved' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a withdrawn thought cannot be moderated',
    given: () => running().run('thought:withdraw', { thoughtId: 't1' }, phone('p1')),
    command: 'thought:moderate',
    payload: { thoughtId: 't1', status: 'approved' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a participant cannot moderate',
    given: running,
    command: 'thought:moderate',
    payload: { thoughtId: 't1', status: 'approved' },
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
  // thought:pin
  {
    name: 'pinning a pending thought approves and publishes it',
    given: running,
    command: 'thought:pin',
    payload: { thoughtId: 't1', pinned: true },
    events: ['thought.moderated', 'thought.pinned', 'thought.published'],
  },
  {
    name: 'pinning an approved thought republishes it',
    given: approved,
    command: 'thought:pin',
    payload: { thoughtId: 't1', pinned: true },
    events: ['thought.pinned', 'thought.published'],
  },
  {
    name: 'unpinning an unpinned pending thought changes nothing',
    given: running,
    command: 'thought:pin',
    payload: { thoughtId: 't1', pinned: false },
    events: [],
  },
  {
    name: 'pinning an unknown thought is not found',
    given: running,
    command: 'thought:pin',
    payload: { thoughtId: 't9', pinned: true },
    refused: ErrorCode.NotFound,
  },
];

describe('thought handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('keeps a thought private to its author until approved, and names the author only when asked', () => {
    const s = running().run('thought:submit', { ...submit('t2'), showName: true }, phone('p1'));
    expect(s.state.thoughts.t1).toMatchObject({ status: 'pending', authorName: null, stakeholderGroupId: 'g1' });
    expect(s.state.thoughts.t2).toMatchObject({ authorName: 'Anna', phaseId: s.state.setup.phases[0]!.id });
  });
});
