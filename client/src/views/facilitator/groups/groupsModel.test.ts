import {
  defaultSmallGroupSetup,
  emptyGroups,
  type GroupQuestionState,
  type SmallGroupsState,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import {
  currentQuestionId,
  freeGroupName,
  groupSizes,
  hasWork,
  questionWork,
  startedWork,
  suggestedGroups,
  ungrouped,
} from './groupsModel';

const group = (id: string, name: string, memberIds: string[], chairId: string | null = null): SmallGroup => ({
  id,
  name,
  chairId,
  members: memberIds.map((m) => ({ id: m, name: null })),
  createdAt: 0,
});

const question = (over: Partial<GroupQuestionState> = {}): GroupQuestionState => ({
  presented: [],
  vote: null,
  record: { draft: '', returned: null, returnedAt: null },
  step: null,
  extraMinutes: 0,
  ...over,
});

const state: SmallGroupsState = {
  ...emptyGroups,
  groups: { a: group('a', 'Ryhmä 1', ['p1', 'p2', 'p3'], 'p1'), b: group('b', 'Ryhmä 2', ['p4']) },
  order: ['a', 'b'],
  points: {
    x: { id: 'x', smallGroupId: 'a', questionId: 'q1', text: 'Toinen', soloThoughtIds: [], order: 1 },
    y: { id: 'y', smallGroupId: 'a', questionId: 'q1', text: 'Ensimmäinen', soloThoughtIds: [], order: 0 },
  },
  byQuestion: {
    'a:q1': question({
      presented: ['p1', 'p2', 'gone'],
      vote: { dots: 3, status: 'closed', allocations: {}, totals: { x: 4 } },
      record: { draft: 'Koonti', returned: 'Koonti', returnedAt: 5 },
    }),
    'b:q2': question({ record: { draft: 'Kesken', returned: null, returnedAt: null } }),
  },
};

const questions = defaultSmallGroupSetup('fi').questions;

describe('currentQuestionId', () => {
  const base = { status: 'running', currentPhase: 5, setup: defaultSmallGroupSetup('fi') } as unknown as SessionState;
  it('is the running step’s question, and none before or after', () => {
    expect(currentQuestionId(base)).toBe('q2');
    expect(currentQuestionId({ ...base, status: 'lobby', currentPhase: null })).toBeNull();
    expect(currentQuestionId({ ...base, status: 'ended' })).toBeNull();
  });
});

describe('hasWork', () => {
  it('sees points, presenting, votes and drafts, as the server does', () => {
    expect(hasWork(state, 'a')).toBe(true);
    expect(hasWork(state, 'b')).toBe(true);
    expect(hasWork({ ...state, byQuestion: {} }, 'b')).toBe(false);
  });
});

describe('ungrouped', () => {
  it('lists who is in no group, in join order', () => {
    expect(ungrouped(['p5', 'p1', 'p6', 'p4'], state)).toEqual(['p5', 'p6']);
  });
});

describe('freeGroupName', () => {
  it('takes the lowest number not in use', () => {
    expect(freeGroupName(state, (n) => `Ryhmä ${n}`)).toBe('Ryhmä 3');
    const renamed = { ...state, groups: { ...state.groups, b: group('b', 'ryhmä 3', []) } };
    expect(freeGroupName(renamed, (n) => `Ryhmä ${n}`)).toBe('Ryhmä 4');
  });
});

describe('suggestedGroups', () => {
  it('suggests groups of about five', () => {
    expect(suggestedGroups(0)).toBe(1);
    expect(suggestedGroups(8)).toBe(2);
    expect(suggestedGroups(26)).toBe(5);
  });
});

describe('groupSizes', () => {
  it('says how many each mixed group gets', () => {
    expect(groupSizes(12, 3)).toBe('4');
    expect(groupSizes(14, 3)).toBe('4–5');
    expect(groupSizes(2, 5)).toBe('1');
  });
});

describe('questionWork', () => {
  it('orders the points and counts dots once the vote closed', () => {
    const w = questionWork(state, state.groups.a!, questions[0]!, 1);
    expect(w.points.map((p) => [p.point.text, p.votes])).toEqual([
      ['Ensimmäinen', 0],
      ['Toinen', 4],
    ]);
    expect(w.progress).toMatchObject({ members: 3, presented: 2, points: 2, voting: false, returned: true });
    expect(w.returned).toBe('Koonti');
    expect(w.draft).toBeNull();
  });

  it('shows a draft that was not returned', () => {
    const w = questionWork(state, state.groups.b!, questions[1]!, 2);
    expect(w.draft).toBe('Kesken');
    expect(w.points).toEqual([]);
  });

  it('lists only the questions a group has started on', () => {
    expect(startedWork(state, state.groups.a!, questions).map((w) => w.number)).toEqual([1]);
    expect(startedWork(state, state.groups.b!, questions).map((w) => w.number)).toEqual([2]);
  });
});
