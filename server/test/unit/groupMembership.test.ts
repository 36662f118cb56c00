import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, scribe, Story, type Case } from '../kit/decide.js';

/** A small-group session in the lobby: groups sg1 (p1 chairs, p2) and sg2 (p3); p4 in no group. */
export const formed = () =>
  Story.smallGroups()
    .join('p1', 'g1', 'Anna')
    .join('p2', 'g2', 'Ben')
    .join('p3', 'g1')
    .join('p4', 'g2')
    .run('group:create', { smallGroupId: 'sg1', name: 'Yksi' })
    .run('group:create', { smallGroupId: 'sg2', name: 'Kaksi' })
    .run('group:assign', { participantId: 'p1', smallGroupId: 'sg1' })
    .run('group:assign', { participantId: 'p2', smallGroupId: 'sg1' })
    .run('group:assign', { participantId: 'p3', smallGroupId: 'sg2' })
    .run('group:setChair', { smallGroupId: 'sg1', participantId: 'p1' });
/** Group sg1 has started working: p2 wrote alone and was called to present. */
const working = () =>
  formed()
    .run('session:start')
    .run('soloThought:write', { soloThoughtId: 'i1', questionId: 'q1', text: 'Ajatus' }, phone('p2'))
    .run('phase:next', { expectedIndex: 0 })
    .run('group:present', { questionId: 'q1', participantId: 'p2' }, phone('p1'));
const joinedOnly = () => Story.smallGroups().join('p1').join('p2', 'g2').join('p3').join('p4', 'g2');

const cases: Case[] = [
  {
    name: 'groups are formed from the stakeholder groups',
    given: joinedOnly,
    command: 'groups:form',
    payload: { by: 'stakeholder' },
    emits: 'group.formed',
  },
  {
    name: 'mixed groups need a count',
    given: joinedOnly,
    command: 'groups:form',
    payload: { by: 'mixed' },
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'mixed groups of a given count',
    given: joinedOnly,
    command: 'groups:form',
    payload: { by: 'mixed', count: 2 },
    events: ['group.formed', 'group.formed'],
  },
  {
    name: 'forming again replaces groups that have not started',
    given: formed,
    command: 'groups:form',
    payload: { by: 'mixed', count: 2 },
    events: ['group.deleted', 'group.deleted', 'group.formed', 'group.formed'],
  },
  {
    name: 'groups that started working are not formed again',
    given: working,
    command: 'groups:form',
    payload: { by: 'mixed', count: 2 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no one to form groups of',
    given: () => Story.smallGroups(),
    command: 'groups:form',
    payload: { by: 'mixed', count: 2 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'groups are not formed in an aquarium',
    given: () => Story.aquarium().join('p1'),
    command: 'groups:form',
    payload: { by: 'mixed', count: 2 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the scribe cannot form groups',
    given: joinedOnly,
    command: 'groups:form',
    payload: { by: 'mixed', count: 2 },
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a group is created by hand',
    given: formed,
    command: 'group:create',
    payload: { smallGroupId: 'sg3', name: 'Kolme' },
    events: ['group.created'],
  },
  {
    name: 'an id used before is refused',
    given: formed,
    command: 'group:create',
    payload: { smallGroupId: 'sg1', name: 'X' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the id of a removed group is not given again',
    given: () => formed().run('group:delete', { smallGroupId: 'sg2' }),
    command: 'group:create',
    payload: { smallGroupId: 'sg2', name: 'X' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a group is renamed',
    given: formed,
    command: 'group:rename',
    payload: { smallGroupId: 'sg1', name: 'Uusi' },
    events: ['group.renamed'],
  },
  {
    name: 'the same name changes nothing',
    given: formed,
    command: 'group:rename',
    payload: { smallGroupId: 'sg1', name: 'Yksi' },
    events: [],
  },
  {
    name: 'renaming an unknown group is refused',
    given: formed,
    command: 'group:rename',
    payload: { smallGroupId: 'sg9', name: 'X' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a group that has not started is removed',
    given: formed,
    command: 'group:delete',
    payload: { smallGroupId: 'sg2' },
    events: ['group.deleted'],
  },
  {
    name: 'a group that started working is kept',
    given: working,
    command: 'group:delete',
    payload: { smallGroupId: 'sg1' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'removing an unknown group is refused',
    given: formed,
    command: 'group:delete',
    payload: { smallGroupId: 'sg9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a newcomer is moved into a group and catches up',
    given: formed,
    command: 'group:assign',
    payload: { participantId: 'p4', smallGroupId: 'sg2' },
    events: ['participant.grouped', 'group.caughtUp'],
  },
  {
    name: 'someone is taken out of every group',
    given: formed,
    command: 'group:assign',
    payload: { participantId: 'p3', smallGroupId: null },
    events: ['participant.grouped'],
  },
  {
    name: 'a move to the same group changes nothing',
    given: formed,
    command: 'group:assign',
    payload: { participantId: 'p3', smallGroupId: 'sg2' },
    events: [],
  },
  {
    name: 'moving into an unknown group is refused',
    given: formed,
    command: 'group:assign',
    payload: { participantId: 'p4', smallGroupId: 'sg9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'moving an unknown participant is refused',
    given: formed,
    command: 'group:assign',
    payload: { participantId: 'p9', smallGroupId: 'sg1' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'no moves after the end',
    given: () => formed().run('session:start').run('session:end'),
    command: 'group:assign',
    payload: { participantId: 'p4', smallGroupId: 'sg1' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the lead names a chair',
    given: formed,
    command: 'group:setChair',
    payload: { smallGroupId: 'sg1', participantId: 'p2' },
    events: ['group.chairSet'],
  },
  {
    name: 'the chair must be a member',
    given: formed,
    command: 'group:setChair',
    payload: { smallGroupId: 'sg1', participantId: 'p3' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the same chair changes nothing',
    given: formed,
    command: 'group:setChair',
    payload: { smallGroupId: 'sg1', participantId: 'p1' },
    events: [],
  },
  {
    name: 'the chair is left empty',
    given: formed,
    command: 'group:setChair',
    payload: { smallGroupId: 'sg1', participantId: null },
    events: ['group.chairSet'],
  },
  {
    name: 'naming a chair of an unknown group is refused',
    given: formed,
    command: 'group:setChair',
    payload: { smallGroupId: 'sg9', participantId: 'p1' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a member takes the empty chair',
    given: formed,
    command: 'group:claimChair',
    by: phone('p3'),
    events: ['group.chairSet'],
  },
  {
    name: 'a taken chair cannot be claimed',
    given: formed,
    command: 'group:claimChair',
    by: phone('p2'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the chair claiming their own chair changes nothing',
    given: formed,
    command: 'group:claimChair',
    by: phone('p1'),
    events: [],
  },
  {
    name: 'someone in no group cannot claim a chair',
    given: formed,
    command: 'group:claimChair',
    by: phone('p4'),
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the facilitator cannot claim a chair',
    given: formed,
    command: 'group:claimChair',
    refused: ErrorCode.Forbidden,
  },
];

describe('small-group membership handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('tells only the members of the groups concerned about a move', () => {
    const s = formed().run('group:assign', { participantId: 'p3', smallGroupId: 'sg1' });
    expect(s.state.groups.groups.sg1!.members.map((m) => m.id)).toEqual(['p1', 'p2', 'p3']);
    expect(s.state.groups.groups.sg2!.members).toEqual([]);
  });
});
