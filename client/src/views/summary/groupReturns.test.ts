import { describe, expect, it } from 'vitest';
import type { QuestionWork } from '../facilitator/groups/groupsModel';
import { withReturns, type GroupReturn } from './groupReturns';

const work = (
  points: string[],
  returned: string | null,
  votes: (number | null)[] = [],
  draft: string | null = null,
): QuestionWork => ({
  question: { id: 'q1', text: 'Mikä toimi?' },
  number: 1,
  progress: {
    members: 3,
    written: 3,
    presented: 3,
    points: points.length,
    votesCast: 0,
    voting: false,
    recordStarted: returned !== null,
    returned: returned !== null,
    extraMinutes: 0,
  },
  points: points.map((text, i) => ({
    point: { id: `p${i}`, smallGroupId: 'g', questionId: 'q1', text, soloThoughtIds: [], order: i },
    votes: votes[i] ?? null,
  })),
  returned,
  draft,
});

const rows: GroupReturn[] = [
  { smallGroupId: 'a', group: 'Ryhmä 1', work: work(['Selkokieli', 'Iltavastaanotto'], 'Palvelut selkokielelle.') },
  { smallGroupId: 'b', group: 'Ryhmä 2', work: work([], null) },
  { smallGroupId: 'c', group: 'Ryhmä 3', work: work(['Ilmoitustaulu'], null) },
  { smallGroupId: 'd', group: 'Ryhmä 4', work: work([], null, [], 'Luonnos, jota ei palautettu') },
];

describe('group returns for the lead', () => {
  it('leaves out groups with nothing to compile, and keeps an unreturned draft in sight', () => {
    expect(withReturns(rows).map((r) => r.group)).toEqual(['Ryhmä 1', 'Ryhmä 3', 'Ryhmä 4']);
  });
});
