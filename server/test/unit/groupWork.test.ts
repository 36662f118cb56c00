import { ErrorCode, limits } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, facilitator, phone, Story, type Case } from '../kit/decide.js';

const chair = phone('p1');
const member = phone('p2');
const other = phone('p3'); // in sg2, which has no chair
const write = (soloThoughtId: string, questionId = 'q1') => ({ soloThoughtId, questionId, text: 'Ajatus' });
const point = (pointId: string, soloThoughtIds: string[] = []) => ({
  pointId,
  questionId: 'q1',
  text: 'Kohta',
  soloThoughtIds,
});

/** Running small groups on question 1, writing alone: sg1 (p1 chairs, p2) and sg2 (p3); p2 wrote i1. */
const writing = () =>
  Story.smallGroups()
    .join('p1', 'g1', 'Anna')
    .join('p2', 'g2', 'Ben')
    .join('p3', 'g1')
    .run('group:create', { smallGroupId: 'sg1', name: 'Yksi' })
    .run('group:create', { smallGroupId: 'sg2', name: 'Kaksi' })
    .run('group:assign', { participantId: 'p1', smallGroupId: 'sg1' })
    .run('group:assign', { participantId: 'p2', smallGroupId: 'sg1' })
    .run('group:assign', { participantId: 'p3', smallGroupId: 'sg2' })
    .run('group:setChair', { smallGroupId: 'sg1', participantId: 'p1' })
    .run('session:start')
    .run('soloThought:write', write('i1'), member);
/** The lead moved everyone to presenting; p2 has presented i1. */
const presented = () =>
  writing()
    .run('phase:next', { expectedIndex: 0 })
    .run('group:present', { questionId: 'q1', participantId: 'p2' }, chair);
/** Two points, pt1 gathering i1. */
const choosing = () =>
  presented()
    .run('point:add', point('pt1', ['i1']), chair)
    .run('point:add', point('pt2'), chair);
const voting = () => choosing().run('groupVote:open', { questionId: 'q1', dots: 3 }, chair);
const returned = () => choosing().run('group:return', { questionId: 'q1', text: 'Yhteenveto' }, chair);

const cases: Case[] = [
  // writing alone
  {
    name: 'a member writes alone: counted, not shown',
    given: writing,
    command: 'soloThought:write',
    payload: write('i2'),
    by: member,
    events: ['soloThought.written', 'soloThought.counted'],
  },
  {
    name: 'written after presenting, the group sees it at once',
    given: presented,
    command: 'soloThought:write',
    payload: write('i2'),
    by: member,
    events: ['soloThought.written', 'soloThought.counted', 'soloThought.revealed'],
  },
  {
    name: 'an id already used is refused',
    given: writing,
    command: 'soloThought:write',
    payload: write('i1'),
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown question is refused',
    given: writing,
    command: 'soloThought:write',
    payload: write('i2', 'q9'),
    by: member,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a phone not in the session cannot write',
    given: writing,
    command: 'soloThought:write',
    payload: write('i2'),
    by: phone('ghost'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the facilitator cannot write alone',
    given: writing,
    command: 'soloThought:write',
    payload: write('i2'),
    by: facilitator,
    refused: ErrorCode.Forbidden,
  },
  {
    name: `more than ${limits.thoughtsPerMinute} a minute are refused`,
    given: () => {
      const s = writing();
      for (let i = 2; i <= limits.thoughtsPerMinute; i++) s.run('soloThought:write', write(`i${i}`), member);
      return s;
    },
    command: 'soloThought:write',
    payload: write('ix'),
    by: member,
    refused: ErrorCode.RateLimited,
  },
  {
    name: 'the writer withdraws before presenting',
    given: writing,
    command: 'soloThought:withdraw',
    payload: { soloThoughtId: 'i1' },
    by: member,
    events: ['soloThought.withdrawn', 'soloThought.counted'],
  },
  {
    name: 'nothing is withdrawn once presented',
    given: presented,
    command: 'soloThought:withdraw',
    payload: { soloThoughtId: 'i1' },
    by: member,
    refused: ErrorCode.InvalidState,
  },
  {
    name: "someone else's thought cannot be withdrawn",
    given: writing,
    command: 'soloThought:withdraw',
    payload: { soloThoughtId: 'i1' },
    by: chair,
    refused: ErrorCode.NotFound,
  },
  // presenting
  {
    name: 'the chair calls a member after writing alone',
    given: () => writing().run('phase:next', { expectedIndex: 0 }),
    command: 'group:present',
    payload: { questionId: 'q1', participantId: 'p2' },
    by: chair,
    events: ['group.presented', 'soloThought.revealed'],
  },
  {
    name: 'a member called again shows nothing new',
    given: presented,
    command: 'group:present',
    payload: { questionId: 'q1', participantId: 'p2' },
    by: chair,
    events: ['soloThought.revealed'],
  },
  {
    name: 'no one presents while the group writes alone',
    given: writing,
    command: 'group:present',
    payload: { questionId: 'q1', participantId: 'p2' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no one presents after the record is returned',
    given: returned,
    command: 'group:present',
    payload: { questionId: 'q1', participantId: 'p1' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'someone of another group cannot be called',
    given: presented,
    command: 'group:present',
    payload: { questionId: 'q1', participantId: 'p3' },
    by: chair,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a member who does not chair cannot call',
    given: presented,
    command: 'group:present',
    payload: { questionId: 'q1', participantId: 'p2' },
    by: member,
    refused: ErrorCode.Forbidden,
  },
  // points
  {
    name: 'the chair lifts a presented thought into a point',
    given: presented,
    command: 'point:add',
    payload: point('pt1', ['i1']),
    by: chair,
    events: ['point.added'],
  },
  {
    name: 'a thought not presented cannot be lifted',
    given: () => writing().run('soloThought:write', write('i2'), chair),
    command: 'point:add',
    payload: point('pt1', ['i2']),
    by: chair,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a point id already used is refused',
    given: choosing,
    command: 'point:add',
    payload: point('pt1'),
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a member cannot add points',
    given: presented,
    command: 'point:add',
    payload: point('pt1'),
    by: member,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a point is edited',
    given: choosing,
    command: 'point:edit',
    payload: { pointId: 'pt1', text: 'Uusi' },
    by: chair,
    events: ['point.edited'],
  },
  {
    name: 'the same text changes nothing',
    given: choosing,
    command: 'point:edit',
    payload: { pointId: 'pt1', text: 'Kohta' },
    by: chair,
    events: [],
  },
  {
    name: "another group's point cannot be edited",
    given: choosing,
    command: 'point:edit',
    payload: { pointId: 'pt9', text: 'X' },
    by: chair,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'two points merge',
    given: choosing,
    command: 'point:merge',
    payload: { sourceId: 'pt2', targetId: 'pt1' },
    by: chair,
    events: ['point.merged'],
  },
  {
    name: 'a point cannot merge into itself',
    given: choosing,
    command: 'point:merge',
    payload: { sourceId: 'pt1', targetId: 'pt1' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a point is deleted',
    given: choosing,
    command: 'point:delete',
    payload: { pointId: 'pt2' },
    by: chair,
    events: ['point.deleted'],
  },
  {
    name: 'points are ordered',
    given: choosing,
    command: 'point:order',
    payload: { questionId: 'q1', pointIds: ['pt2', 'pt1'] },
    by: chair,
    events: ['points.ordered'],
  },
  {
    name: 'the same order changes nothing',
    given: choosing,
    command: 'point:order',
    payload: { questionId: 'q1', pointIds: ['pt1', 'pt2'] },
    by: chair,
    events: [],
  },
  {
    name: 'an order of points that changed meanwhile is stale',
    given: choosing,
    command: 'point:order',
    payload: { questionId: 'q1', pointIds: ['pt1'] },
    by: chair,
    refused: ErrorCode.Stale,
  },
  // the group's dot vote
  {
    name: 'the chair opens a vote on two points',
    given: choosing,
    command: 'groupVote:open',
    payload: { questionId: 'q1', dots: 3 },
    by: chair,
    events: ['groupVote.opened'],
  },
  {
    name: 'a vote needs two points',
    given: () => presented().run('point:add', point('pt1'), chair),
    command: 'groupVote:open',
    payload: { questionId: 'q1', dots: 3 },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'one open vote per question',
    given: voting,
    command: 'groupVote:open',
    payload: { questionId: 'q1', dots: 3 },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a member places dots',
    given: voting,
    command: 'groupVote:allocate',
    payload: { questionId: 'q1', allocation: { pt1: 2, pt2: 1 } },
    by: member,
    events: ['groupVote.allocated'],
  },
  {
    name: 'more dots than given are refused',
    given: voting,
    command: 'groupVote:allocate',
    payload: { questionId: 'q1', allocation: { pt1: 4 } },
    by: member,
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'a dot outside the vote is refused',
    given: voting,
    command: 'groupVote:allocate',
    payload: { questionId: 'q1', allocation: { pt9: 1 } },
    by: member,
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'no dots without an open vote',
    given: choosing,
    command: 'groupVote:allocate',
    payload: { questionId: 'q1', allocation: { pt1: 1 } },
    by: member,
    refused: ErrorCode.InvalidState,
  },
  {
    name: "another group's member has no vote here",
    given: voting,
    command: 'groupVote:allocate',
    payload: { questionId: 'q1', allocation: { pt1: 1 } },
    by: other,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the chair closes the vote with totals',
    given: voting,
    command: 'groupVote:close',
    payload: { questionId: 'q1' },
    by: chair,
    events: ['groupVote.closed'],
  },
  {
    name: 'closing with no vote open is refused',
    given: choosing,
    command: 'groupVote:close',
    payload: { questionId: 'q1' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  // record and return
  {
    name: 'the chair drafts the record',
    given: choosing,
    command: 'group:draftRecord',
    payload: { questionId: 'q1', text: 'Luonnos' },
    by: chair,
    events: ['group.recordDrafted'],
  },
  {
    name: 'the same draft changes nothing',
    given: choosing,
    command: 'group:draftRecord',
    payload: { questionId: 'q1', text: '' },
    by: chair,
    events: [],
  },
  {
    name: 'the chair returns the record',
    given: choosing,
    command: 'group:return',
    payload: { questionId: 'q1', text: 'Yhteenveto' },
    by: chair,
    events: ['group.returned'],
  },
  {
    name: 'returning on an unknown question is refused',
    given: choosing,
    command: 'group:return',
    payload: { questionId: 'q9', text: 'X' },
    by: chair,
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a member cannot return the record',
    given: choosing,
    command: 'group:return',
    payload: { questionId: 'q1', text: 'X' },
    by: member,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'nothing after the end',
    given: () => choosing().run('session:end'),
    command: 'group:return',
    payload: { questionId: 'q1', text: 'X' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  // pace
  {
    name: 'the chair moves their group on',
    given: presented,
    command: 'group:setStep',
    payload: { questionId: 'q1', step: 'choose' },
    by: chair,
    events: ['group.stepSet'],
  },
  {
    name: 'a chair moves only their own group',
    given: presented,
    command: 'group:setStep',
    payload: { smallGroupId: 'sg2', questionId: 'q1', step: 'choose' },
    by: chair,
    refused: ErrorCode.Forbidden,
  },
  {
    name: "not back past the lead's step",
    given: presented,
    command: 'group:setStep',
    payload: { questionId: 'q1', step: 'write' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'only the question worked on now',
    given: presented,
    command: 'group:setStep',
    payload: { questionId: 'q2', step: 'choose' },
    by: chair,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the lead moves a named group',
    given: presented,
    command: 'group:setStep',
    payload: { smallGroupId: 'sg2', questionId: 'q1', step: 'choose' },
    events: ['group.stepSet'],
  },
  {
    name: 'the lead must name the group',
    given: presented,
    command: 'group:setStep',
    payload: { questionId: 'q1', step: 'choose' },
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'the lead gives a group more time',
    given: presented,
    command: 'group:giveTime',
    payload: { smallGroupId: 'sg1', questionId: 'q1', extraMinutes: 5 },
    events: ['group.timeGiven'],
  },
  {
    name: 'the same extra time changes nothing',
    given: presented,
    command: 'group:giveTime',
    payload: { smallGroupId: 'sg1', questionId: 'q1', extraMinutes: 0 },
    events: [],
  },
  {
    name: 'more time for an unknown group is refused',
    given: presented,
    command: 'group:giveTime',
    payload: { smallGroupId: 'sg9', questionId: 'q1', extraMinutes: 5 },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a returned record goes on the projector',
    given: returned,
    command: 'groups:show',
    payload: { smallGroupId: 'sg1', questionId: 'q1' },
    events: ['group.shown'],
  },
  {
    name: 'a record not returned cannot be shown',
    given: choosing,
    command: 'groups:show',
    payload: { smallGroupId: 'sg1', questionId: 'q1' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'taking nothing off the projector changes nothing',
    given: choosing,
    command: 'groups:show',
    payload: { smallGroupId: null, questionId: null },
    events: [],
  },
  {
    name: 'a chair cannot change the projector',
    given: returned,
    command: 'groups:show',
    payload: { smallGroupId: 'sg1', questionId: 'q1' },
    by: chair,
    refused: ErrorCode.Forbidden,
  },
];

describe('small-group work handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('keeps what a member wrote alone from the others until presented', () => {
    expect(writing().state.groups.byQuestion['sg1:q1']?.presented ?? []).toEqual([]);
    const s = presented();
    expect(s.state.groups.byQuestion['sg1:q1']!.presented).toEqual(['p2']);
  });

  it('totals the dots when the vote closes', () => {
    const s = voting()
      .run('groupVote:allocate', { questionId: 'q1', allocation: { pt1: 2, pt2: 1 } }, member)
      .run('groupVote:allocate', { questionId: 'q1', allocation: { pt1: 1 } }, chair)
      .run('groupVote:close', { questionId: 'q1' }, chair);
    expect(s.state.groups.byQuestion['sg1:q1']!.vote).toMatchObject({ status: 'closed', totals: { pt1: 3, pt2: 1 } });
  });
});
