import { describe, expect, it } from 'vitest';
import { commandSchemas } from './commands.js';
import { Language, SessionSetup } from './setup.js';
import { defaultAquariumSetup, defaultSmallGroupSetup } from './templates.js';

const valid = { ...defaultAquariumSetup('en'), title: 'Regional evaluation' };
const steps = defaultSmallGroupSetup('en').phases;

describe('session setup validation', () => {
  it('accepts the default plans of both methods in every language', () => {
    expect(SessionSetup.safeParse(valid).success).toBe(true);
    for (const language of Language.options) {
      expect(SessionSetup.safeParse({ ...defaultAquariumSetup(language), title: 'x' }).success).toBe(true);
      const groups = {
        ...defaultSmallGroupSetup(language),
        title: 'x',
        developmentThemes: [{ id: 't1', name: 'Teema' }],
      };
      expect(SessionSetup.safeParse(groups).success).toBe(true);
      expect(groups.phases.map((p) => p.step).slice(0, 4)).toEqual(['write', 'present', 'choose', 'record']);
      expect(groups.phases).toHaveLength(12);
    }
    expect(SessionSetup.safeParse({ ...defaultAquariumSetup('fi'), title: 'x' }).success).toBe(true);
  });

  it.each([
    ['an empty title', { title: '  ' }],
    ['no questions', { questions: [] }],
    ['a bad date', { date: '22.11.2026' }],
    ['an unknown language', { language: 'de' }],
    ['duplicate phase ids', { phases: [valid.phases[0], valid.phases[0]] }],
    ['a phase focusing a missing question', { phases: [{ ...valid.phases[0]!, questionIds: ['q9'] }] }],
    ['a zero-minute phase', { phases: [{ ...valid.phases[0]!, plannedMinutes: 0 }] }],
    ['an unknown speaking circle', { phases: [{ ...valid.phases[0]!, speaking: 'middle' }] }],
    ['a 10 000 character question', { questions: [{ id: 'q1', text: 'x'.repeat(10_000) }] }],
    ['small groups with a phase that is no step', { method: 'smallGroups' }],
    [
      'a step on two questions',
      { ...defaultSmallGroupSetup('en'), phases: [{ ...steps[0]!, questionIds: ['q1', 'q2'] }] },
    ],
    [
      'duplicate theme ids',
      {
        developmentThemes: [
          { id: 't1', name: 'A' },
          { id: 't1', name: 'B' },
        ],
      },
    ],
  ])('refuses %s', (_name, change) => {
    expect(SessionSetup.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('command payload validation', () => {
  it('requires a command id on every command', () => {
    for (const schema of Object.values(commandSchemas)) {
      expect(schema.safeParse({}).success).toBe(false);
    }
  });

  it('refuses extra fields and wrong types', () => {
    const seat = commandSchemas['participant:seat'];
    expect(seat.safeParse({ commandId: 'abcdefgh', participantId: 'p1', circle: 'inner' }).success).toBe(true);
    expect(seat.safeParse({ commandId: 'abcdefgh', participantId: 'p1', circle: 'inner', x: 1 }).success).toBe(false);
    expect(seat.safeParse({ commandId: 'abcdefgh', participantId: '../x', circle: 'inner' }).success).toBe(false);
    expect(commandSchemas['timer:extend'].safeParse({ commandId: 'abcdefgh', minutes: 1.5 }).success).toBe(false);
  });
});
