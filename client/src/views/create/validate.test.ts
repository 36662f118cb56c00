import { defaultAquariumSetup, defaultSmallGroupSetup } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { setupProblems, trimSetup } from './validate';

describe('setupProblems', () => {
  it('finds nothing wrong with a titled default of either method', () => {
    expect(setupProblems({ ...defaultAquariumSetup('fi'), title: 'A' })).toEqual([]);
    expect(setupProblems({ ...defaultSmallGroupSetup('fi'), title: 'A' })).toEqual([]);
  });

  it('asks for a question on every small-group step and a name on every theme', () => {
    const setup = { ...defaultSmallGroupSetup('fi'), title: 'A' };
    const broken = {
      ...setup,
      phases: setup.phases.map((p, i) => (i ? p : { ...p, questionIds: [] })),
      developmentThemes: [{ id: 't1', name: '  ' }],
    };
    expect(setupProblems(broken)).toEqual(['create.err.steps', 'create.err.developmentThemes']);
  });
});

describe('trimSetup', () => {
  it('trims theme names and sends themes only with small groups', () => {
    const groups = { ...defaultSmallGroupSetup('fi'), developmentThemes: [{ id: 't1', name: ' Asuminen ' }] };
    expect(trimSetup(groups).developmentThemes).toEqual([{ id: 't1', name: 'Asuminen' }]);
    expect('developmentThemes' in trimSetup({ ...groups, method: 'aquarium' })).toBe(false);
  });
});
