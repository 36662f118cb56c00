import { describe, expect, it } from 'vitest';
import { ownerTokenIn } from '../home/staffProjects';
import { newProjectSettings, settingsProblems, trimSettings } from './projectModel';

describe('a project’s settings in the form', () => {
  it('start from the default set-up, this year and two more', () => {
    const settings = newProjectSettings('sv', new Date('2026-05-01T12:00:00Z'));
    expect(settings.years).toEqual({ from: 2026, to: 2028 });
    expect(settings.setup.language).toBe('sv');
    expect(settings.setup.questions.length).toBeGreaterThan(0);
  });

  it('name each session after the project unless a title was typed, and name the project in the set-up', () => {
    const settings = { ...newProjectSettings('fi'), name: '  OSMO  ' };
    const clean = trimSettings(settings);
    expect(clean.name).toBe('OSMO');
    expect(clean.setup.title).toBe('OSMO');
    expect(clean.setup.project).toBe('OSMO');
    expect(
      trimSettings({ ...settings, setup: { ...settings.setup, title: 'Alueellinen arviointi' } }).setup.title,
    ).toBe('Alueellinen arviointi');
  });

  it('say what to fix: the name, the years, an empty question', () => {
    const settings = newProjectSettings('fi');
    expect(settingsProblems(trimSettings(settings))).toEqual(['project.err.name']);
    const bad = {
      ...settings,
      name: 'OSMO',
      years: { from: 2026, to: 2025 },
      setup: { ...settings.setup, questions: [{ id: 'q1', text: ' ' }] },
    };
    expect(settingsProblems(trimSettings(bad))).toEqual(['project.err.years', 'create.err.questions']);
  });
});

describe('the owner link', () => {
  it('carries its token in the fragment', () => {
    expect(ownerTokenIn('#owner=abc_DEF-1')).toBe('abc_DEF-1');
    expect(ownerTokenIn('#other=1')).toBeNull();
    expect(ownerTokenIn('')).toBeNull();
  });
});
