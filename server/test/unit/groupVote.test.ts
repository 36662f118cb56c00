import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, row } from '../kit/decide.js';
import { chair, member, other, point, presented, choosing, voting, returned } from '../kit/groupStories.js';

const cases = [
  // the group's dot vote
  row('the chair opens a vote on two points', choosing, 'groupVote:open', { questionId: 'q1', dots: 3 }, chair).accepts(
    'groupVote.opened',
  ),
  row(
    'a vote needs two points',
    () => presented().run('point:add', point('pt1'), chair),
    'groupVote:open',
    { questionId: 'q1', dots: 3 },
    chair,
  ).refuses(ErrorCode.InvalidState),
  row('one open vote per question', voting, 'groupVote:open', { questionId: 'q1', dots: 3 }, chair).refuses(
    ErrorCode.InvalidState,
  ),
  row(
    'a member places dots',
    voting,
    'groupVote:allocate',
    { questionId: 'q1', allocation: { pt1: 2, pt2: 1 } },
    member,
  ).accepts('groupVote.allocated'),
  row(
    'more dots than given are refused',
    voting,
    'groupVote:allocate',
    { questionId: 'q1', allocation: { pt1: 4 } },
    member,
  ).refuses(ErrorCode.InvalidPayload),
  row(
    'a dot outside the vote is refused',
    voting,
    'groupVote:allocate',
    { questionId: 'q1', allocation: { pt9: 1 } },
    member,
  ).refuses(ErrorCode.InvalidPayload),
  row(
    'no dots without an open vote',
    choosing,
    'groupVote:allocate',
    { questionId: 'q1', allocation: { pt1: 1 } },
    member,
  ).refuses(ErrorCode.InvalidState),
  row(
    "another group's member has no vote here",
    voting,
    'groupVote:allocate',
    { questionId: 'q1', allocation: { pt1: 1 } },
    other,
  ).refuses(ErrorCode.InvalidState),
  row('the chair closes the vote with totals', voting, 'groupVote:close', { questionId: 'q1' }, chair).accepts(
    'groupVote.closed',
  ),
  row('closing with no vote open is refused', choosing, 'groupVote:close', { questionId: 'q1' }, chair).refuses(
    ErrorCode.InvalidState,
  ),
  // record and return
  row(
    'the chair drafts the record',
    choosing,
    'group:draftRecord',
    { questionId: 'q1', text: 'Luonnos' },
    chair,
  ).accepts('group.recordDrafted'),
  row('the same draft changes nothing', choosing, 'group:draftRecord', { questionId: 'q1', text: '' }, chair).accepts(),
  row(
    'the chair returns the record',
    choosing,
    'group:return',
    { questionId: 'q1', text: 'Yhteenveto' },
    chair,
  ).accepts('group.returned'),
  row(
    'returning on an unknown question is refused',
    choosing,
    'group:return',
    { questionId: 'q9', text: 'X' },
    chair,
  ).refuses(ErrorCode.NotFound),
  row('a member cannot return the record', choosing, 'group:return', { questionId: 'q1', text: 'X' }, member).refuses(
    ErrorCode.Forbidden,
  ),
  row(
    'nothing after the end',
    () => choosing().run('session:end'),
    'group:return',
    { questionId: 'q1', text: 'X' },
    chair,
  ).refuses(ErrorCode.InvalidState),
  // pace
  row(
    'the chair moves their group on',
    presented,
    'group:setStep',
    { questionId: 'q1', step: 'choose' },
    chair,
  ).accepts('group.stepSet'),
  row(
    'a chair moves only their own group',
    presented,
    'group:setStep',
    { smallGroupId: 'sg2', questionId: 'q1', step: 'choose' },
    chair,
  ).refuses(ErrorCode.Forbidden),
  row("not back past the lead's step", presented, 'group:setStep', { questionId: 'q1', step: 'write' }, chair).refuses(
    ErrorCode.InvalidState,
  ),
  row(
    'only the question worked on now',
    presented,
    'group:setStep',
    { questionId: 'q2', step: 'choose' },
    chair,
  ).refuses(ErrorCode.InvalidState),
  row('the lead moves a named group', presented, 'group:setStep', {
    smallGroupId: 'sg2',
    questionId: 'q1',
    step: 'choose',
  }).accepts('group.stepSet'),
  row('the lead must name the group', presented, 'group:setStep', { questionId: 'q1', step: 'choose' }).refuses(
    ErrorCode.InvalidPayload,
  ),
  row('the lead gives a group more time', presented, 'group:giveTime', {
    smallGroupId: 'sg1',
    questionId: 'q1',
    extraMinutes: 5,
  }).accepts('group.timeGiven'),
  row('the same extra time changes nothing', presented, 'group:giveTime', {
    smallGroupId: 'sg1',
    questionId: 'q1',
    extraMinutes: 0,
  }).accepts(),
  row('more time for an unknown group is refused', presented, 'group:giveTime', {
    smallGroupId: 'sg9',
    questionId: 'q1',
    extraMinutes: 5,
  }).refuses(ErrorCode.NotFound),
  row('a returned record goes on the projector', returned, 'groups:show', {
    smallGroupId: 'sg1',
    questionId: 'q1',
  }).accepts('group.shown'),
  row('a record not returned cannot be shown', choosing, 'groups:show', {
    smallGroupId: 'sg1',
    questionId: 'q1',
  }).refuses(ErrorCode.InvalidState),
  row('taking nothing off the projector changes nothing', choosing, 'groups:show', {
    smallGroupId: null,
    questionId: null,
  }).accepts(),
  row(
    'a chair cannot change the projector',
    returned,
    'groups:show',
    { smallGroupId: 'sg1', questionId: 'q1' },
    chair,
  ).refuses(ErrorCode.Forbidden),
];

describe("small-group work handlers: the group's dot vote, the record, the pace", () => {
  it.each(cases)('$name', (c) => check(c));

  it('totals the dots when the vote closes', () => {
    const s = voting()
      .run('groupVote:allocate', { questionId: 'q1', allocation: { pt1: 2, pt2: 1 } }, member)
      .run('groupVote:allocate', { questionId: 'q1', allocation: { pt1: 1 } }, chair)
      .run('groupVote:close', { questionId: 'q1' }, chair);
    expect(s.state.groups.byQuestion['sg1:q1']!.vote).toMatchObject({ status: 'closed', totals: { pt1: 3, pt2: 1 } });
  });
});
