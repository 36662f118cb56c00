import { ErrorCode, limits } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, facilitator, phone, row, Story } from '../kit/decide.js';

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

const cases = [
  // thought:submit
  row(
    'a participant sends a thought: it waits for approval',
    running,
    'thought:submit',
    submit('t2'),
    phone('p2'),
  ).accepts('thought.submitted'),
  row(
    'without approval a thought is published at once',
    withoutApproval,
    'thought:submit',
    submit('t1'),
    phone('p1'),
  ).accepts('thought.submitted', 'thought.published'),
  row(
    'a thought may be sent in the lobby',
    () => Story.aquarium().join('p1'),
    'thought:submit',
    submit('t1'),
    phone('p1'),
  ).accepts('thought.submitted'),
  row('the facilitator cannot send a thought', running, 'thought:submit', submit('t2'), facilitator).refuses(
    ErrorCode.Forbidden,
  ),
  row('a phone that is not in the session cannot', running, 'thought:submit', submit('t2'), phone('ghost')).refuses(
    ErrorCode.Forbidden,
  ),
  row(
    'no thought after the session ended',
    () => running().run('session:end'),
    'thought:submit',
    submit('t2'),
    phone('p1'),
  ).refuses(ErrorCode.InvalidState),
  row('an id already used is refused', running, 'thought:submit', submit('t1'), phone('p2')).refuses(
    ErrorCode.InvalidState,
  ),
  row('an unknown question is refused', running, 'thought:submit', submit('t2', 'q9'), phone('p1')).refuses(
    ErrorCode.NotFound,
  ),
  row(
    'an empty text is refused by the schema',
    running,
    'thought:submit',
    { ...submit('t2'), text: '  ' },
    phone('p1'),
  ).refuses(ErrorCode.InvalidPayload),
  row(
    `more than ${limits.thoughtsPerMinute} thoughts a minute are refused`,
    () => {
      const s = running();
      for (let i = 2; i <= limits.thoughtsPerMinute; i++) s.run('thought:submit', submit(`t${i}`), phone('p1'));
      return s;
    },
    'thought:submit',
    submit('tx'),
    phone('p1'),
  ).refuses(ErrorCode.RateLimited),
  // thought:withdraw
  row('the author withdraws a pending thought', running, 'thought:withdraw', { thoughtId: 't1' }, phone('p1')).accepts(
    'thought.withdrawn',
  ),
  row(
    'withdrawing a published thought takes it off the screen',
    approved,
    'thought:withdraw',
    { thoughtId: 't1' },
    phone('p1'),
  ).accepts('thought.withdrawn', 'thought.unpublished'),
  row(
    "another participant cannot withdraw someone's thought",
    running,
    'thought:withdraw',
    { thoughtId: 't1' },
    phone('p2'),
  ).refuses(ErrorCode.NotFound),
  row(
    'a withdrawn thought cannot be withdrawn again',
    () => running().run('thought:withdraw', { thoughtId: 't1' }, phone('p1')),
    'thought:withdraw',
    { thoughtId: 't1' },
    phone('p1'),
  ).refuses(ErrorCode.NotFound),
  row(
    'no withdrawing after the end',
    () => running().run('session:end'),
    'thought:withdraw',
    { thoughtId: 't1' },
    phone('p1'),
  ).refuses(ErrorCode.InvalidState),
  row('the facilitator cannot withdraw', running, 'thought:withdraw', { thoughtId: 't1' }, facilitator).refuses(
    ErrorCode.Forbidden,
  ),
  // thought:moderate
  row('approving publishes', running, 'thought:moderate', { thoughtId: 't1', status: 'approved' }).accepts(
    'thought.moderated',
    'thought.published',
  ),
  row('hiding an approved thought unpublishes it', approved, 'thought:moderate', {
    thoughtId: 't1',
    status: 'hidden',
  }).accepts('thought.moderated', 'thought.unpublished'),
  row(
    'hiding a pinned thought also unpins it',
    () => approved().run('thought:pin', { thoughtId: 't1', pinned: true }),
    'thought:moderate',
    { thoughtId: 't1', status: 'hidden' },
  ).accepts('thought.moderated', 'thought.unpublished', 'thought.pinned'),
  row('the same status again changes nothing', approved, 'thought:moderate', {
    thoughtId: 't1',
    status: 'approved',
  }).accepts(),
  row('an unknown thought is not found', running, 'thought:moderate', { thoughtId: 't9', status: 'approved' }).refuses(
    ErrorCode.NotFound,
  ),
  row(
    'a withdrawn thought cannot be moderated',
    () => running().run('thought:withdraw', { thoughtId: 't1' }, phone('p1')),
    'thought:moderate',
    { thoughtId: 't1', status: 'approved' },
  ).refuses(ErrorCode.NotFound),
  row(
    'a participant cannot moderate',
    running,
    'thought:moderate',
    { thoughtId: 't1', status: 'approved' },
    phone('p1'),
  ).refuses(ErrorCode.Forbidden),
  // thought:pin
  row('pinning a pending thought approves and publishes it', running, 'thought:pin', {
    thoughtId: 't1',
    pinned: true,
  }).accepts('thought.moderated', 'thought.pinned', 'thought.published'),
  row('pinning an approved thought republishes it', approved, 'thought:pin', { thoughtId: 't1', pinned: true }).accepts(
    'thought.pinned',
    'thought.published',
  ),
  row('unpinning an unpinned pending thought changes nothing', running, 'thought:pin', {
    thoughtId: 't1',
    pinned: false,
  }).accepts(),
  row('pinning an unknown thought is not found', running, 'thought:pin', { thoughtId: 't9', pinned: true }).refuses(
    ErrorCode.NotFound,
  ),
];

describe('thought handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('keeps a thought private to its author until approved, and names the author only when asked', () => {
    const s = running().run('thought:submit', { ...submit('t2'), showName: true }, phone('p1'));
    expect(s.state.thoughts.t1).toMatchObject({ status: 'pending', authorName: null, stakeholderGroupId: 'g1' });
    expect(s.state.thoughts.t2).toMatchObject({ authorName: 'Anna', phaseId: s.state.setup.phases[0]!.id });
  });
});
