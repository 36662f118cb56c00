import { ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, scribe, Story } from '../kit/decide.js';
import { formed } from '../kit/groupStories.js';

/** Groups sg1 (p1 chairs, p2) and sg2 (p3) in the lobby; p4 in no group. */
const lobby = () => formed('p4');
/** Group sg1 has started working: p2 wrote alone and was called to present. */
const working = () =>
  lobby()
    .run('session:start')
    .run('soloThought:write', { soloThoughtId: 'i1', questionId: 'q1', text: 'Ajatus' }, phone('p2'))
    .run('phase:next', { expectedIndex: 0 })
    .run('group:present', { questionId: 'q1', participantId: 'p2' }, phone('p1'));
const joinedOnly = () => Story.smallGroups().join('p1').join('p2', 'g2').join('p3').join('p4', 'g2');

const cases = [
  row('groups are formed from the stakeholder groups', joinedOnly, 'groups:form', { by: 'stakeholder' }).emits(
    'group.formed',
  ),
  row('mixed groups need a count', joinedOnly, 'groups:form', { by: 'mixed' }).refuses(ErrorCode.InvalidPayload),
  row('mixed groups of a given count', joinedOnly, 'groups:form', { by: 'mixed', count: 2 }).accepts(
    'group.formed',
    'group.formed',
  ),
  row('forming again replaces groups that have not started', lobby, 'groups:form', { by: 'mixed', count: 2 }).accepts(
    'group.deleted',
    'group.deleted',
    'group.formed',
    'group.formed',
  ),
  row('groups that started working are not formed again', working, 'groups:form', { by: 'mixed', count: 2 }).refuses(
    ErrorCode.InvalidState,
  ),
  row('no one to form groups of', () => Story.smallGroups(), 'groups:form', { by: 'mixed', count: 2 }).refuses(
    ErrorCode.InvalidState,
  ),
  row('groups are not formed in an aquarium', () => Story.aquarium().join('p1'), 'groups:form', {
    by: 'mixed',
    count: 2,
  }).refuses(ErrorCode.InvalidState),
  row('the scribe cannot form groups', joinedOnly, 'groups:form', { by: 'mixed', count: 2 }, scribe).refuses(
    ErrorCode.Forbidden,
  ),
  row('a group is created by hand', lobby, 'group:create', { smallGroupId: 'sg3', name: 'Kolme' }).accepts(
    'group.created',
  ),
  row('an id used before is refused', lobby, 'group:create', { smallGroupId: 'sg1', name: 'X' }).refuses(
    ErrorCode.InvalidState,
  ),
  row(
    'the id of a removed group is not given again',
    () => lobby().run('group:delete', { smallGroupId: 'sg2' }),
    'group:create',
    { smallGroupId: 'sg2', name: 'X' },
  ).refuses(ErrorCode.InvalidState),
  row('a group is renamed', lobby, 'group:rename', { smallGroupId: 'sg1', name: 'Uusi' }).accepts('group.renamed'),
  row('the same name changes nothing', lobby, 'group:rename', { smallGroupId: 'sg1', name: 'Yksi' }).accepts(),
  row('renaming an unknown group is refused', lobby, 'group:rename', { smallGroupId: 'sg9', name: 'X' }).refuses(
    ErrorCode.NotFound,
  ),
  row('a group that has not started is removed', lobby, 'group:delete', { smallGroupId: 'sg2' }).accepts(
    'group.deleted',
  ),
  row('a group that started working is kept', working, 'group:delete', { smallGroupId: 'sg1' }).refuses(
    ErrorCode.InvalidState,
  ),
  row('removing an unknown group is refused', lobby, 'group:delete', { smallGroupId: 'sg9' }).refuses(
    ErrorCode.NotFound,
  ),
  row('a newcomer is moved into a group and catches up', lobby, 'group:assign', {
    participantId: 'p4',
    smallGroupId: 'sg2',
  }).accepts('participant.grouped', 'group.caughtUp'),
  row('someone is taken out of every group', lobby, 'group:assign', {
    participantId: 'p3',
    smallGroupId: null,
  }).accepts('participant.grouped'),
  row('a move to the same group changes nothing', lobby, 'group:assign', {
    participantId: 'p3',
    smallGroupId: 'sg2',
  }).accepts(),
  row('moving into an unknown group is refused', lobby, 'group:assign', {
    participantId: 'p4',
    smallGroupId: 'sg9',
  }).refuses(ErrorCode.NotFound),
  row('moving an unknown participant is refused', lobby, 'group:assign', {
    participantId: 'p9',
    smallGroupId: 'sg1',
  }).refuses(ErrorCode.NotFound),
  row('no moves after the end', () => lobby().run('session:start').run('session:end'), 'group:assign', {
    participantId: 'p4',
    smallGroupId: 'sg1',
  }).refuses(ErrorCode.InvalidState),
  row('the lead names a chair', lobby, 'group:setChair', { smallGroupId: 'sg1', participantId: 'p2' }).accepts(
    'group.chairSet',
  ),
  row('the chair must be a member', lobby, 'group:setChair', { smallGroupId: 'sg1', participantId: 'p3' }).refuses(
    ErrorCode.InvalidState,
  ),
  row('the same chair changes nothing', lobby, 'group:setChair', {
    smallGroupId: 'sg1',
    participantId: 'p1',
  }).accepts(),
  row('the chair is left empty', lobby, 'group:setChair', { smallGroupId: 'sg1', participantId: null }).accepts(
    'group.chairSet',
  ),
  row('naming a chair of an unknown group is refused', lobby, 'group:setChair', {
    smallGroupId: 'sg9',
    participantId: 'p1',
  }).refuses(ErrorCode.NotFound),
  row('a member takes the empty chair', lobby, 'group:claimChair', {}, phone('p3')).accepts('group.chairSet'),
  row('a taken chair cannot be claimed', lobby, 'group:claimChair', {}, phone('p2')).refuses(ErrorCode.InvalidState),
  row('the chair claiming their own chair changes nothing', lobby, 'group:claimChair', {}, phone('p1')).accepts(),
  row('someone in no group cannot claim a chair', lobby, 'group:claimChair', {}, phone('p4')).refuses(
    ErrorCode.InvalidState,
  ),
  row('the facilitator cannot claim a chair', lobby, 'group:claimChair').refuses(ErrorCode.Forbidden),
];

describe('small-group membership handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('tells only the members of the groups concerned about a move', () => {
    const s = lobby().run('group:assign', { participantId: 'p3', smallGroupId: 'sg1' });
    expect(s.state.groups.groups.sg1!.members.map((m) => m.id)).toEqual(['p1', 'p2', 'p3']);
    expect(s.state.groups.groups.sg2!.members).toEqual([]);
  });
});
