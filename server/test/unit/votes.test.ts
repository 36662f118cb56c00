import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, Story } from '../kit/decide.js';

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

const cases = [
  row('a vote on themes opens', voting, 'vote:open', open('v2')).accepts('vote.opened'),
  row('nothing to vote on under the question is refused', voting, 'vote:open', open('v2', 'q2')).refuses(
    ErrorCode.InvalidState,
  ),
  row('a vote on thoughts needs approved thoughts', voting, 'vote:open', open('v2', 'q1', 'thought')).refuses(
    ErrorCode.InvalidState,
  ),
  row('an id already used is refused', voting, 'vote:open', open('v1')).refuses(ErrorCode.InvalidState),
  row('an unknown question is refused', voting, 'vote:open', open('v2', 'q9')).refuses(ErrorCode.NotFound),
  row('no vote after the end', () => voting().run('session:end'), 'vote:open', open('v2')).refuses(
    ErrorCode.InvalidState,
  ),
  row('a participant cannot open a vote', voting, 'vote:open', open('v2'), phone('p1')).refuses(ErrorCode.Forbidden),
  row(
    'a first allocation counts a voter',
    voting,
    'vote:allocate',
    { voteId: 'v1', allocation: { th1: 2, th2: 1 } },
    phone('p1'),
  ).accepts('vote.allocated', 'vote.tallied'),
  row(
    'changing dots counts no one again',
    () => voting().run('vote:allocate', { voteId: 'v1', allocation: { th1: 1 } }, phone('p1')),
    'vote:allocate',
    { voteId: 'v1', allocation: { th2: 3 } },
    phone('p1'),
  ).accepts('vote.allocated'),
  row(
    'more dots than given are refused',
    voting,
    'vote:allocate',
    { voteId: 'v1', allocation: { th1: 2, th2: 2 } },
    phone('p1'),
  ).refuses(ErrorCode.InvalidPayload),
  row(
    'a dot on something outside the vote is refused',
    voting,
    'vote:allocate',
    { voteId: 'v1', allocation: { th9: 1 } },
    phone('p1'),
  ).refuses(ErrorCode.InvalidPayload),
  row(
    'zero dots on an outside id are ignored',
    voting,
    'vote:allocate',
    { voteId: 'v1', allocation: { th9: 0, th1: 1 } },
    phone('p1'),
  ).accepts('vote.allocated', 'vote.tallied'),
  row(
    'a closed vote takes no dots',
    () => voting().run('vote:close', { voteId: 'v1' }),
    'vote:allocate',
    { voteId: 'v1', allocation: { th1: 1 } },
    phone('p1'),
  ).refuses(ErrorCode.InvalidState),
  row(
    'an unknown vote is refused',
    voting,
    'vote:allocate',
    { voteId: 'v9', allocation: { th1: 1 } },
    phone('p1'),
  ).refuses(ErrorCode.NotFound),
  row(
    'a phone not in the session cannot vote',
    voting,
    'vote:allocate',
    { voteId: 'v1', allocation: { th1: 1 } },
    phone('ghost'),
  ).refuses(ErrorCode.Forbidden),
  row('the facilitator cannot vote', voting, 'vote:allocate', { voteId: 'v1', allocation: { th1: 1 } }).refuses(
    ErrorCode.Forbidden,
  ),
  row('a vote closes', voting, 'vote:close', { voteId: 'v1' }).accepts('vote.closed'),
  row('closing twice changes nothing', () => voting().run('vote:close', { voteId: 'v1' }), 'vote:close', {
    voteId: 'v1',
  }).accepts(),
  row('closing an unknown vote is refused', voting, 'vote:close', { voteId: 'v9' }).refuses(ErrorCode.NotFound),
  row('revealing puts the results on the projector', voting, 'vote:reveal', { voteId: 'v1' }).accepts(
    'vote.revealed',
    'screen.shown',
  ),
  row('revealing an unknown vote is refused', voting, 'vote:reveal', { voteId: 'v9' }).refuses(ErrorCode.NotFound),
  row('a participant cannot reveal', voting, 'vote:reveal', { voteId: 'v1' }, phone('p1')).refuses(ErrorCode.Forbidden),
];

describe('vote handlers', () => {
  it.each(cases)('$name', (c) => check(c));

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
