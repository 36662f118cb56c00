import { ErrorCode, limits } from '@aquarium/shared';
import { describe, it, expect } from 'vitest';
import { check, facilitator, phone, row } from '../kit/decide.js';
import { chair, member, write, point, writing, presented, choosing, returned } from '../kit/groupStories.js';

const cases = [
  // writing alone
  row('a member writes alone: counted, not shown', writing, 'soloThought:write', write('i2'), member).accepts(
    'soloThought.written',
    'soloThought.counted',
  ),
  row(
    'written after presenting, the group sees it at once',
    presented,
    'soloThought:write',
    write('i2'),
    member,
  ).accepts('soloThought.written', 'soloThought.counted', 'soloThought.revealed'),
  row('an id already used is refused', writing, 'soloThought:write', write('i1'), chair).refuses(
    ErrorCode.InvalidState,
  ),
  row('an unknown question is refused', writing, 'soloThought:write', write('i2', 'q9'), member).refuses(
    ErrorCode.NotFound,
  ),
  row('a phone not in the session cannot write', writing, 'soloThought:write', write('i2'), phone('ghost')).refuses(
    ErrorCode.Forbidden,
  ),
  row('the facilitator cannot write alone', writing, 'soloThought:write', write('i2'), facilitator).refuses(
    ErrorCode.Forbidden,
  ),
  row(
    `more than ${limits.thoughtsPerMinute} a minute are refused`,
    () => {
      const s = writing();
      for (let i = 2; i <= limits.thoughtsPerMinute; i++) s.run('soloThought:write', write(`i${i}`), member);
      return s;
    },
    'soloThought:write',
    write('ix'),
    member,
  ).refuses(ErrorCode.RateLimited),
  row(
    'the writer withdraws before presenting',
    writing,
    'soloThought:withdraw',
    { soloThoughtId: 'i1' },
    member,
  ).accepts('soloThought.withdrawn', 'soloThought.counted'),
  row(
    'nothing is withdrawn once presented',
    presented,
    'soloThought:withdraw',
    { soloThoughtId: 'i1' },
    member,
  ).refuses(ErrorCode.InvalidState),
  row(
    "someone else's thought cannot be withdrawn",
    writing,
    'soloThought:withdraw',
    { soloThoughtId: 'i1' },
    chair,
  ).refuses(ErrorCode.NotFound),
  // presenting
  row(
    'the chair calls a member after writing alone',
    () => writing().run('phase:next', { expectedIndex: 0 }),
    'group:present',
    { questionId: 'q1', participantId: 'p2' },
    chair,
  ).accepts('group.presented', 'soloThought.revealed'),
  row(
    'a member called again shows nothing new',
    presented,
    'group:present',
    { questionId: 'q1', participantId: 'p2' },
    chair,
  ).accepts('soloThought.revealed'),
  row(
    'no one presents while the group writes alone',
    writing,
    'group:present',
    { questionId: 'q1', participantId: 'p2' },
    chair,
  ).refuses(ErrorCode.InvalidState),
  row(
    'no one presents after the record is returned',
    returned,
    'group:present',
    { questionId: 'q1', participantId: 'p1' },
    chair,
  ).refuses(ErrorCode.InvalidState),
  row(
    'someone of another group cannot be called',
    presented,
    'group:present',
    { questionId: 'q1', participantId: 'p3' },
    chair,
  ).refuses(ErrorCode.NotFound),
  row(
    'a member who does not chair cannot call',
    presented,
    'group:present',
    { questionId: 'q1', participantId: 'p2' },
    member,
  ).refuses(ErrorCode.Forbidden),
  // points
  row('the chair lifts a presented thought into a point', presented, 'point:add', point('pt1', ['i1']), chair).accepts(
    'point.added',
  ),
  row(
    'a thought not presented cannot be lifted',
    () => writing().run('soloThought:write', write('i2'), chair),
    'point:add',
    point('pt1', ['i2']),
    chair,
  ).refuses(ErrorCode.NotFound),
  row('a point id already used is refused', choosing, 'point:add', point('pt1'), chair).refuses(ErrorCode.InvalidState),
  row('a member cannot add points', presented, 'point:add', point('pt1'), member).refuses(ErrorCode.Forbidden),
  row('a point is edited', choosing, 'point:edit', { pointId: 'pt1', text: 'Uusi' }, chair).accepts('point.edited'),
  row('the same text changes nothing', choosing, 'point:edit', { pointId: 'pt1', text: 'Kohta' }, chair).accepts(),
  row("another group's point cannot be edited", choosing, 'point:edit', { pointId: 'pt9', text: 'X' }, chair).refuses(
    ErrorCode.NotFound,
  ),
  row('two points merge', choosing, 'point:merge', { sourceId: 'pt2', targetId: 'pt1' }, chair).accepts('point.merged'),
  row('a point cannot merge into itself', choosing, 'point:merge', { sourceId: 'pt1', targetId: 'pt1' }, chair).refuses(
    ErrorCode.InvalidState,
  ),
  row('a point is deleted', choosing, 'point:delete', { pointId: 'pt2' }, chair).accepts('point.deleted'),
  row('points are ordered', choosing, 'point:order', { questionId: 'q1', pointIds: ['pt2', 'pt1'] }, chair).accepts(
    'points.ordered',
  ),
  row(
    'the same order changes nothing',
    choosing,
    'point:order',
    { questionId: 'q1', pointIds: ['pt1', 'pt2'] },
    chair,
  ).accepts(),
  row(
    'an order of points that changed meanwhile is stale',
    choosing,
    'point:order',
    { questionId: 'q1', pointIds: ['pt1'] },
    chair,
  ).refuses(ErrorCode.Stale),
];

describe('small-group work handlers: writing alone, presenting, points', () => {
  it.each(cases)('$name', (c) => check(c));

  it('keeps what a member wrote alone from the others until presented', () => {
    expect(writing().state.groups.byQuestion['sg1:q1']?.presented ?? []).toEqual([]);
    const s = presented();
    expect(s.state.groups.byQuestion['sg1:q1']!.presented).toEqual(['p2']);
  });
});
