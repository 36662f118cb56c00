import { defaultSmallGroupSetup, type Participant } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { planGroups } from './formation.js';

const person = (id: string, stakeholderGroupId: string, developmentThemeId: string | null = null): Participant => ({
  id,
  displayName: null,
  stakeholderGroupId,
  developmentThemeId,
  circle: null,
  joinedAt: 0,
});

const setup = { ...defaultSmallGroupSetup('fi'), developmentThemes: [{ id: 't1', name: 'Sosiaalinen kuntoutus' }] };
const people = [
  person('a', 'g1', 't1'),
  person('b', 'g2'),
  person('c', 'g1', 't1'),
  person('d', 'g3'),
  person('e', 'g2'),
];

describe('planGroups', () => {
  it('forms one group per stakeholder group that has people', () => {
    expect(planGroups(setup, people, 'stakeholder')).toEqual([
      { name: 'Asiakas tai kokemusasiantuntija', memberIds: ['a', 'c'] },
      { name: 'Työntekijä', memberIds: ['b', 'e'] },
      { name: 'Esihenkilö tai johto', memberIds: ['d'] },
    ]);
  });

  it('forms one group per picked theme and gathers the rest under "Muut"', () => {
    expect(planGroups(setup, people, 'developmentTheme')).toEqual([
      { name: 'Sosiaalinen kuntoutus', memberIds: ['a', 'c'] },
      { name: 'Muut', memberIds: ['b', 'd', 'e'] },
    ]);
  });

  it('mixes stakeholder groups over the asked number of groups, sizes within one', () => {
    const groups = planGroups(setup, people, 'mixed', 2);
    expect(groups.map((g) => g.name)).toEqual(['Ryhmä 1', 'Ryhmä 2']);
    expect(groups.map((g) => g.memberIds.length)).toEqual([3, 2]);
    // The two clients (g1) are split between the groups, so both groups hear a client's voice.
    expect(groups.map((g) => g.memberIds.filter((id) => id === 'a' || id === 'c').length)).toEqual([1, 1]);
  });

  it('never forms more groups than people', () => {
    expect(planGroups(setup, people.slice(0, 2), 'mixed', 5)).toHaveLength(2);
  });
});
