// A staff or projector snapshot is exactly the fold of the events its audience may see: nothing more.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_VERSION, reduceAll, upcastEvent, viewFor, type SessionEvent, type StoredEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { AudienceStates } from '../src/engine/audienceStates.js';

// The integration tests' own sessions (the replay fixtures): every kind of event, private ones included.
const dir = fileURLToPath(new URL(`./fixtures/events/v${EVENT_VERSION}/`, import.meta.url));
const logs = readdirSync(dir).map((f) => {
  const saved = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { events: StoredEvent[] };
  return [f, saved.events.map((e) => upcastEvent(e, EVENT_VERSION))] as [string, SessionEvent[]];
});

/** What a client of the role folds from a full catch-up: the reference a snapshot must equal. */
const foldedBy = (events: SessionEvent[], role: 'facilitator' | 'screen') =>
  JSON.stringify(
    reduceAll(
      null,
      events.flatMap((e) => viewFor(e, role, null) ?? []),
    ),
  );

describe('audience snapshots', () => {
  it.each(logs)('%s: staff and projector states equal their own catch-up, built at any point', (_file, events) => {
    for (const cut of [1, Math.floor(events.length / 2), events.length]) {
      const states = new AudienceStates();
      const stored = events.slice(0, cut);
      // Built from the first part of the log on first request, then kept up to date event by event.
      expect(JSON.stringify(states.stateOf('staff', () => stored))).toBe(foldedBy(stored, 'facilitator'));
      expect(JSON.stringify(states.stateOf('screen', () => stored))).toBe(foldedBy(stored, 'screen'));
      for (const e of events.slice(cut)) states.add(e);
      const never = () => {
        throw new Error('folded again');
      };
      expect(JSON.stringify(states.stateOf('staff', never))).toBe(foldedBy(events, 'facilitator'));
      expect(JSON.stringify(states.stateOf('screen', never))).toBe(foldedBy(events, 'screen'));
    }
  });

  it('keeps what only a phone may see, and the groups’ texts the projector may not, out of the snapshots', () => {
    const all = logs.flatMap(([, events]) => events);
    const solo = all.flatMap((e) => (e.type === 'soloThought.written' ? [e.data.soloThought.text] : []));
    const revealed = new Set(all.flatMap((e) => (e.type === 'soloThought.revealed' ? JSON.stringify(e.data) : [])));
    const secret = solo.filter((text) => ![...revealed].some((r) => r.includes(text)));
    expect(secret.length).toBeGreaterThan(0);
    for (const [, events] of logs) {
      const states = new AudienceStates();
      const staff = JSON.stringify(states.stateOf('staff', () => events));
      const screen = JSON.stringify(states.stateOf('screen', () => events));
      for (const text of secret) {
        expect(staff).not.toContain(JSON.stringify(text));
        expect(screen).not.toContain(JSON.stringify(text));
      }
    }
  });
});
