import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_VERSION, reduceAll, upcastEvent, type StoredEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';

// Event logs saved from each released EVENT_VERSION (fixtures/compose.ts) with the state they folded to then.
const root = fileURLToPath(new URL('./fixtures/events/', import.meta.url));
const versions = readdirSync(root).map((d) => Number(d.replace(/^v/, '')));
const released = (v: number) => readdirSync(join(root, `v${v}`)).map((f) => join(root, `v${v}`, f));

describe('stored event logs of every released version', () => {
  it('include the current version', () => {
    expect(versions).toContain(EVENT_VERSION);
  });

  describe.each(versions)('version %i', (version) => {
    it.each(released(version))('%s folds to the state it folded to when saved', (file) => {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { events: StoredEvent[]; state: object };
      const state = reduceAll(
        null,
        saved.events.map((e) => upcastEvent(e, version)),
      );
      // Everything the state held then it still holds, with the same values; fields added since may be there too.
      expect(state).toMatchObject(saved.state);
    });
  });
});
