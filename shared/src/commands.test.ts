import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  commandMethods,
  commandNames,
  commandRoles,
  commands,
  commandSchemas,
  type CommandPayload,
} from './commands.js';
import { Method } from './setup.js';

describe('the command definitions', () => {
  it('declare every command once, with a sentence, the roles and the methods it applies to', () => {
    expect(commandNames.length).toBeGreaterThan(60);
    for (const name of commandNames) {
      const c = commands[name];
      expect(name).toMatch(/^[a-zA-Z]+:[a-zA-Z]+$/);
      expect(c.doc.length, name).toBeGreaterThan(10);
      expect(c.roles.length, name).toBeGreaterThan(0);
      expect(c.methods.length, name).toBeGreaterThan(0);
      expect(
        c.methods.every((m) => Method.options.includes(m)),
        name,
      ).toBe(true);
    }
  });

  it('are the one source of the schema, role and method maps', () => {
    for (const name of commandNames) {
      expect(commandSchemas[name]).toBe(commands[name].schema);
      expect(commandRoles[name]).toBe(commands[name].roles);
      expect(commandMethods[name]).toBe(commands[name].methods);
    }
  });

  it('keep the aquarium’s and the small groups’ own commands apart', () => {
    const only = (method: Method) => commandNames.filter((n) => commands[n].methods.join() === method);
    expect(only('aquarium')).toEqual([
      'participant:seat',
      'circles:balance',
      'thought:submit',
      'vote:open',
      'turn:request',
      'turn:grant',
      'turn:invite',
    ]);
    expect(only('smallGroups').every((n) => /^(groups?|soloThought|point|groupVote):/.test(n))).toBe(true);
  });

  it('give each handler its payload type', () => {
    expectTypeOf<CommandPayload<'group:assign'>>().toEqualTypeOf<{
      commandId: string;
      participantId: string;
      smallGroupId: string | null;
    }>();
    expectTypeOf<CommandPayload<'turn:grant'>['stakeholderGroupId']>().toEqualTypeOf<string | undefined>();
  });

  it('refuse a field the definition does not declare', () => {
    const res = commands['group:delete'].schema.safeParse({ commandId: 'abcdefgh', smallGroupId: 'g1', groupId: 'g1' });
    expect(res.success).toBe(false);
  });
});
