import { phone, Story } from './decide.js';

/** The small-group stories the group-work unit tables start from, one step of the method after another. */

export const chair = phone('p1');
export const member = phone('p2');
export const other = phone('p3'); // in sg2, which has no chair
export const write = (soloThoughtId: string, questionId = 'q1') => ({ soloThoughtId, questionId, text: 'Ajatus' });
export const point = (pointId: string, soloThoughtIds: string[] = []) => ({
  pointId,
  questionId: 'q1',
  text: 'Kohta',
  soloThoughtIds,
});

/** A small-group session in the lobby: groups sg1 (p1 chairs, p2) and sg2 (p3); `unplaced` joined too, in no group. */
export const formed = (...unplaced: string[]) =>
  unplaced
    .reduce(
      (story, id) => story.join(id, 'g2'),
      Story.smallGroups().join('p1', 'g1', 'Anna').join('p2', 'g2', 'Ben').join('p3', 'g1'),
    )
    .run('group:create', { smallGroupId: 'sg1', name: 'Yksi' })
    .run('group:create', { smallGroupId: 'sg2', name: 'Kaksi' })
    .run('group:assign', { participantId: 'p1', smallGroupId: 'sg1' })
    .run('group:assign', { participantId: 'p2', smallGroupId: 'sg1' })
    .run('group:assign', { participantId: 'p3', smallGroupId: 'sg2' })
    .run('group:setChair', { smallGroupId: 'sg1', participantId: 'p1' });
/** Running small groups on question 1, writing alone: p2 wrote i1. */
export const writing = () => formed().run('session:start').run('soloThought:write', write('i1'), member);
/** The lead moved everyone to presenting; p2 has presented i1. */
export const presented = () =>
  writing()
    .run('phase:next', { expectedIndex: 0 })
    .run('group:present', { questionId: 'q1', participantId: 'p2' }, chair);
/** Two points, pt1 gathering i1. */
export const choosing = () =>
  presented()
    .run('point:add', point('pt1', ['i1']), chair)
    .run('point:add', point('pt2'), chair);
export const voting = () => choosing().run('groupVote:open', { questionId: 'q1', dots: 3 }, chair);
export const returned = () => choosing().run('group:return', { questionId: 'q1', text: 'Yhteenveto' }, chair);
