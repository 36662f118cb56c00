import { describe, expect, it } from 'vitest';
import { commandSchemas } from './commands.js';
import { SessionSetup } from './setup.js';
import { defaultAquariumSetup } from './templates.js';

const valid = { ...defaultAquariumSetup('en'), title: 'Regional evaluation' };

describe('session setup validation', () => {
  it('accepts the default plan in both languages', () => {
    expect(SessionSetup.safeParse(valid).success).toBe(true);
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
