import { defaultAquariumSetup, defaultSmallGroupSetup, SessionSetup } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  methodPlan,
  newStep,
  planIsDefault,
  removeQuestion,
  switchMethod,
  updateStep,
} from './methodPlan';

const titled = (s: SessionSetup): SessionSetup => ({ ...s, title: 'Arviointi' });

describe('switchMethod', () => {
  it('gives the small-group default plan and keeps questions and stakeholder groups', () => {
    const aquarium = { ...defaultAquariumSetup('fi'), title: 'Oma' };
    const groups = switchMethod(aquarium, 'smallGroups');
    expect(groups).toEqual({ ...defaultSmallGroupSetup('fi'), title: 'Oma' });
    expect(SessionSetup.safeParse(groups).success).toBe(true);
  });

  it('switches back to the aquarium plan, keeping the themes in the form for a switch back', () => {
    const developmentThemes = [{ id: 't1', name: 'Housing' }];
    const groups = { ...defaultSmallGroupSetup('en'), developmentThemes };
    const aquarium = switchMethod(groups, 'aquarium');
    expect(aquarium).toEqual({ ...defaultAquariumSetup('en'), developmentThemes });
    expect(switchMethod(aquarium, 'smallGroups').developmentThemes).toEqual(developmentThemes);
  });

  it('builds the steps from the questions the form has now', () => {
    const fi = defaultAquariumSetup('fi');
    const edited = { ...fi, questions: [fi.questions[0]!, fi.questions[2]!, { id: 'q4', text: 'Uusi' }] };
    const groups = titled(switchMethod(edited, 'smallGroups'));
    expect(groups.phases.map((p) => p.id)).toEqual([
      'q1-write',
      'q1-present',
      'q1-choose',
      'q1-record',
      'q3-write',
      'q3-present',
      'q3-choose',
      'q3-record',
      'q4-write',
      'q4-present',
      'q4-choose',
      'q4-record',
    ]);
    expect(groups.phases[4]!.name).toBe('Kysymys 2: kirjoitetaan yksin');
    expect(SessionSetup.safeParse(groups).success).toBe(true);
    // Back to the aquarium: no phase refers to the question that is gone.
    const aquarium = titled(switchMethod(groups, 'aquarium'));
    expect(aquarium.phases.flatMap((p) => p.questionIds)).not.toContain('q2');
    expect(SessionSetup.safeParse(aquarium).success).toBe(true);
  });
});

describe('planIsDefault', () => {
  it('tells an untouched plan from an edited one', () => {
    const setup = defaultSmallGroupSetup('fi');
    expect(planIsDefault(setup)).toBe(true);
    expect(planIsDefault({ ...setup, phases: setup.phases.map((p, i) => (i ? p : { ...p, plannedMinutes: 7 })) })).toBe(
      false,
    );
    expect(planIsDefault(defaultAquariumSetup('en'))).toBe(true);
  });
});

describe('updateStep', () => {
  const setup = defaultSmallGroupSetup('fi');

  it('renames a step that still has its default name when its kind or question changes', () => {
    const phases = updateStep(setup, 'q1-write', { questionId: 'q2' });
    expect(phases[0]).toMatchObject({ questionIds: ['q2'], name: 'Kysymys 2: kirjoitetaan yksin', step: 'write' });
    const chosen = updateStep({ ...setup, phases }, 'q1-write', { step: 'choose' });
    expect(chosen[0]).toMatchObject({ name: 'Kysymys 2: valitaan yhdessä', step: 'choose' });
    expect(chosen[0]!.instructions).toBe(setup.phases[2]!.instructions);
  });

  it('keeps what the facilitator wrote', () => {
    const own = { ...setup, phases: setup.phases.map((p, i) => (i ? p : { ...p, name: 'Hiljainen hetki' })) };
    const phases = updateStep(own, 'q1-write', { step: 'present' });
    expect(phases[0]).toMatchObject({ name: 'Hiljainen hetki', step: 'present' });
    expect(phases[0]!.instructions).toBe(setup.phases[1]!.instructions);
  });
});

describe('adding and removing questions in the small-group method', () => {
  it('adds the four steps of a new question', () => {
    const setup = defaultSmallGroupSetup('en');
    const patch = addQuestion(setup);
    expect(patch.questions).toHaveLength(4);
    expect(patch.phases!.slice(-4).map((p) => p.name)).toEqual([
      'Question 4: write alone',
      'Question 4: present in turn',
      'Question 4: choose together',
      'Question 4: record and return',
    ]);
  });

  it('adds no steps to an aquarium', () => {
    expect(addQuestion(defaultAquariumSetup('fi')).phases).toBeUndefined();
  });

  it('removes the steps of a removed question and renumbers the default names after it', () => {
    const setup = defaultSmallGroupSetup('fi');
    const own = { ...setup, phases: setup.phases.map((p) => (p.id === 'q3-record' ? { ...p, name: 'Loppu' } : p)) };
    const patch = removeQuestion(own, 'q2');
    const next = titled({ ...own, ...patch });
    expect(next.phases).toHaveLength(8);
    expect(next.phases[4]!.name).toBe('Kysymys 2: kirjoitetaan yksin');
    expect(next.phases[7]!.name).toBe('Loppu');
    expect(SessionSetup.safeParse(next).success).toBe(true);
  });

  it('keeps the aquarium phases and only drops the question from their focus', () => {
    const setup = defaultAquariumSetup('fi');
    const patch = removeQuestion(setup, 'q3');
    expect(patch.phases).toHaveLength(5);
    expect(patch.phases![3]!.questionIds).toEqual([]);
  });
});

describe('newStep', () => {
  it('is a valid step on the first question with a free id', () => {
    const setup = titled(defaultSmallGroupSetup('fi'));
    const step = newStep(setup);
    expect(step).toMatchObject({ step: 'write', questionIds: ['q1'], name: 'Kysymys 1: kirjoitetaan yksin' });
    expect(SessionSetup.safeParse({ ...setup, phases: [...setup.phases, step] }).success).toBe(true);
  });
});

describe('methodPlan', () => {
  it('has four steps per question', () => {
    expect(methodPlan('smallGroups', 'fi', defaultAquariumSetup('fi').questions)).toHaveLength(12);
  });
});
