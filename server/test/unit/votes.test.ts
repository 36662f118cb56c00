import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, phone, Story, type Case } from '../kit/decide.js';

const open = (voteId = 'v1', questionId = 'q1', targetKind = 'theme') => ({ voteId, questionId, targetKind, dots: 3 });

/** Themes th1 and th2 under q1, two phones; vote v1 on q1's themes is open. */
const voting = () =>
  Story.aquarium()
    .join('p1')
    .join('p2')
    .run('session:start')
    .run('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Yksi' })
    .run('theme:create', { themeId: 'th2', questionId: 'q1', name: 'Kaksi' })
    .run('vote:open', open());

const cases: Case[] = [
  { name: 'a vote on themes opens', given: voting, command: 'vote:open', payload: open('v2'), events: ['vote.opened'] },
  {
    name: 'nothing to vote on under the question is refused',
    given: voting,
    command: 'vote:open',
    payload: open('v2', 'q2'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a vote on thoughts needs approved thoughts',
    given: voting,
    command: 'vote:open',
    payload: open('v2', 'q1', 'thought'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an id already used is refused',
    given: voting,
    command: 'vote:open',
    payload: open('v1'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown question is refused',
    given: voting,
    command: 'vote:open',
    payload: open('v2', 'q9'),
    refused: ErrorCode.NotFound,
  },
  {
    name: 'no vote after the end',
    given: () => voting().run('session:end'),
    command: 'vote:open',
    payload: open('v2'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a participant cannot open a vote',
    given: voting,
    command: 'vote:open',
    payload: open('v2'),
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a first allocation counts a voter',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th1: 2, th2: 1 } },
    by: phone('p1'),
    events: ['vote.allocated', 'vote.tallied'],
  },
  {
    name: 'changing dots counts no one again',
    given: () => voting().run('vote:allocate', { voteId: 'v1', allocation: { th1: 1 } }, phone('p1')),
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th2: 3 } },
    by: phone('p1'),
    events: ['vote.allocated'],
  },
  {
    name: 'more dots than given are refused',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th1: 2, th2: 2 } },
    by: phone('p1'),
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'a dot on something outside the vote is refused',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th9: 1 } },
    by: phone('p1'),
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'zero dots on an outside id are ignored',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th9: 0, th1: 1 } },
    by: phone('p1'),
    events: ['vote.allocated', 'vote.tallied'],
  },
  {
    name: 'a closed vote takes no dots',
    given: () => voting().run('vote:close', { voteId: 'v1' }),
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th1: 1 } },
    by: phone('p1'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown vote is refused',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v9', allocation: { th1: 1 } },
    by: phone('p1'),
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a phone not in the session cannot vote',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th1: 1 } },
    by: phone('ghost'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the facilitator cannot vote',
    given: voting,
    command: 'vote:allocate',
    payload: { voteId: 'v1', allocation: { th1: 1 } },
    refused: ErrorCode.Forbidden,
  },
  { name: 'a vote closes', given: voting, command: 'vote:close', payload: { voteId: 'v1' }, events: ['vote.closed'] },
  {
    name: 'closing twice changes nothing',
    given: () => voting().run('vote:close', { voteId: 'v1' }),
    command: 'vote:close',
    payload: { voteId: 'v1' },
    events: [],
  },
  {
    name: 'closing an unknown vote is refused',
    given: voting,
    command: 'vote:close',
    payload: { voteId: 'v9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'revealing puts the results on the projector',
    given: voting,
    command: 'vote:reveal',
    payload: { voteId: 'v1' },
    events: ['vote.revealed', 'screen.shown'],
  },
  {
    name: 'revealing an unknown vote is refused',
    given: voting,
    command: 'vote:reveal',
    payload: { voteId: 'v9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a participant cannot reveal',
    given: voting,
    command: 'vote:reveal',
    payload: { voteId: 'v1' },
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
];

describe('vote handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('reveals the totals of every phone, and the projector shows them', () => {
    const s = voting()
      .run('vote:allocate', { voteId: 'v1', allocation: { th1: 2, th2: 1 } }, phone('p1'))
      .run('vote:allocate', { voteId: 'v1', allocation: { th1: 1 } }, phone('p2'))
      .run('vote:close', { voteId: 'v1' })
      .run('vote:reveal', { voteId: 'v1' });
    expect(s.state.votes.v1!.revealed).toEqual({ th1: 3, th2: 1 });
    expect(s.state.projector).toMatchObject({ mode: 'results', voteId: 'v1' });
  });
});
