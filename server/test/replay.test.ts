import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_VERSION, reduceAll, upcastEvent, type StoredEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';

// Event logs saved from each released EVENT_VERSION (fixtures/compose.ts) with the state they folded to then.
const root = fileURLToPath(new URL('./fixtures/events/', import.meta.url));
const versions = readdirSync(root).map((d) => Number(d.replace(/^v/, '')));
const released = (v: number) => readdirSync(join(root, `v${v}`)).map((f) => join(root, `v${v}`, f));

type Json = Record<string, unknown>;
const renamed = (o: Json | null | undefined, names: Record<string, string>) =>
  o && Object.fromEntries(Object.entries(o).map(([k, v]) => [names[k] ?? k, v]));
const eachValue = (o: Json | undefined, change: (v: Json) => Json | null | undefined) =>
  o && Object.fromEntries(Object.entries(o).map(([k, v]) => [k, change(v as Json)]));
const stakeholder = { groupId: 'stakeholderGroupId' };

/**
 * A state saved at version v in the words of version v + 1: the state the same session folds to now. Only the
 * names change (issue #21's vocabulary); every value stays.
 */
const statesUp: Record<number, (s: Json) => Json> = {
  1: (s) => {
    const turns = s.turns as Json;
    const groups = s.groups as Json;
    return {
      ...s,
      setup: renamed(s.setup as Json, { topics: 'developmentThemes' }),
      participants: eachValue(s.participants as Json, (p) =>
        renamed(p, { ...stakeholder, topicId: 'developmentThemeId' }),
      ),
      thoughts: eachValue(s.thoughts as Json, (t) => renamed(t, stakeholder)),
      publicThoughts: eachValue(s.publicThoughts as Json, (t) => renamed(t, stakeholder)),
      turns: {
        ...turns,
        current: renamed(turns.current as Json | null, stakeholder),
        history: (turns.history as Json[]).map((t) => renamed(t, stakeholder)),
        publicCurrent: renamed(turns.publicCurrent as Json | null, stakeholder),
      },
      groups: {
        ...renamed(groups, { ideas: 'soloThoughts' }),
        points: eachValue(groups.points as Json, (p) =>
          renamed(p, { groupId: 'smallGroupId', ideaIds: 'soloThoughtIds' }),
        ),
        shown: renamed(groups.shown as Json | null, { groupId: 'smallGroupId' }),
      },
    };
  },
};
const stateNow = (state: Json, version: number) => {
  let s = state;
  for (let v = version; v < EVENT_VERSION; v++) s = statesUp[v]!(s);
  return s;
};

describe('stored event logs of every released version', () => {
  it('include the current version', () => {
    expect(versions).toContain(EVENT_VERSION);
  });

  describe.each(versions)('version %i', (version) => {
    it.each(released(version))('%s folds to the state it folded to when saved', (file) => {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { events: StoredEvent[]; state: Json };
      const state = reduceAll(
        null,
        saved.events.map((e) => upcastEvent(e, version)),
      );
      // Everything the state held then it still holds, with the same values; fields added since may be there too.
      expect(state).toMatchObject(stateNow(saved.state, version));
    });
  });
});
