import type { CommandName } from '@aquarium/shared';

/**
 * A command a phone or console queued before the vocabulary of issue #21 (event version 2) and kept in its
 * outbox across the update, in today's words: a waiting thought is sent, not refused as an unknown command.
 */

type Payload = { commandId: string } & Record<string, unknown>;

const renamed = (p: Payload, names: Record<string, string>): Payload =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [names[k] ?? k, v])) as Payload;

const small = { groupId: 'smallGroupId' };

const upgrades: Record<string, (p: Payload) => { name: string; payload: Payload }> = {
  'idea:write': (p) => ({ name: 'soloThought:write', payload: renamed(p, { ideaId: 'soloThoughtId' }) }),
  'idea:withdraw': (p) => ({ name: 'soloThought:withdraw', payload: renamed(p, { ideaId: 'soloThoughtId' }) }),
  'point:add': (p) => ({ name: 'point:add', payload: renamed(p, { ideaIds: 'soloThoughtIds' }) }),
  'turn:grant': (p) => ({ name: 'turn:grant', payload: renamed(p, { groupId: 'stakeholderGroupId' }) }),
  'groups:form': (p) => ({
    name: 'groups:form',
    payload: p.by === 'topic' ? { ...p, by: 'developmentTheme' } : p,
  }),
  'session:updateSetup': (p) => ({
    name: 'session:updateSetup',
    payload: { ...p, setup: renamed((p.setup ?? {}) as Payload, { topics: 'developmentThemes' }) },
  }),
  ...Object.fromEntries(
    [
      'group:create',
      'group:rename',
      'group:delete',
      'group:assign',
      'group:setChair',
      'group:setStep',
      'group:giveTime',
      'groups:show',
    ].map((name) => [name, (p: Payload) => ({ name, payload: renamed(p, small) })]),
  ),
};

export const upgradeLegacyCommand = <C extends { name: string; payload: Payload }>(c: C): C => {
  const up = upgrades[c.name];
  if (!up) return c;
  const { name, payload } = up(c.payload);
  return { ...c, name: name as CommandName, payload };
};
