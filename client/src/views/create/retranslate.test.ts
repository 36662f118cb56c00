import { defaultAquariumSetup, defaultSmallGroupSetup } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { switchSetupLanguage } from './retranslate';

describe('switchSetupLanguage', () => {
  it('replaces untouched defaults', () => {
    const fi = { ...defaultAquariumSetup('fi'), title: 'Oma otsikko' };
    const en = switchSetupLanguage(fi, 'en');
    expect(en).toEqual({ ...defaultAquariumSetup('en'), title: 'Oma otsikko' });
  });

  it('keeps what the facilitator edited', () => {
    const fi = defaultAquariumSetup('fi');
    const edited = {
      ...fi,
      questions: [{ id: 'q1', text: 'Oma kysymys' }, ...fi.questions.slice(1)],
      phases: fi.phases.map((p, i) => (i === 0 ? { ...p, name: 'Alku' } : p)),
    };
    const en = switchSetupLanguage(edited, 'en');
    expect(en.questions[0]!.text).toBe('Oma kysymys');
    expect(en.questions[1]!.text).toBe(defaultAquariumSetup('en').questions[1]!.text);
    expect(en.phases[0]!.name).toBe('Alku');
    expect(en.phases[0]!.instructions).toBe(defaultAquariumSetup('en').phases[0]!.instructions);
  });
});

describe('switchSetupLanguage in the small-group method', () => {
  it('replaces untouched step names and instructions, whatever their id', () => {
    const fi = { ...defaultSmallGroupSetup('fi'), title: 'Oma' };
    expect(switchSetupLanguage(fi, 'en')).toEqual({ ...defaultSmallGroupSetup('en'), title: 'Oma' });
    const added = { ...fi, phases: [...fi.phases, { ...fi.phases[1]!, id: 's13' }] };
    expect(switchSetupLanguage(added, 'en').phases[12]!.name).toBe('Question 1: present in turn');
  });

  it('keeps edited step texts', () => {
    const fi = defaultSmallGroupSetup('fi');
    const edited = { ...fi, phases: fi.phases.map((p, i) => (i === 0 ? { ...p, name: 'Hiljaa yksin' } : p)) };
    const en = switchSetupLanguage(edited, 'en');
    expect(en.phases[0]!.name).toBe('Hiljaa yksin');
    expect(en.phases[0]!.instructions).toBe(defaultSmallGroupSetup('en').phases[0]!.instructions);
    expect(en.phases[1]!.name).toBe('Question 1: present in turn');
  });
});
