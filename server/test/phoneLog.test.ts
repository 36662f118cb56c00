import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canSee, EVENT_VERSION, upcastEvent, type SessionEvent, type StoredEvent } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { PhoneLog } from '../src/engine/phoneLog.js';

// The integration tests' own sessions (the replay fixtures): every kind of event a phone may or may not see.
const dir = fileURLToPath(new URL(`./fixtures/events/v${EVENT_VERSION}/`, import.meta.url));
const logs = readdirSync(dir).map((f) => {
  const saved = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { events: StoredEvent[] };
  return [f, saved.events.map((e) => upcastEvent(e, EVENT_VERSION))] as [string, SessionEvent[]];
});

describe("a phone's catch-up from its own index", () => {
  it.each(logs)('%s: each phone gets exactly what it may see of the log, in order', (_file, events) => {
    const phones = new PhoneLog();
    for (const e of events) phones.add(e);
    const ids = events.flatMap((e) => (e.type === 'participant.joined' ? [e.data.participant.id] : []));
    expect(ids.length).toBeGreaterThan(0);
    const seqs = [0, Math.floor(events.length / 2), events.at(-1)!.seq];
    for (const id of [...ids, 'someone-else', null]) {
      for (const seq of seqs) {
        const expected = events.filter((e) => e.seq > seq && canSee(e, 'participant', id));
        expect(phones.after(id, seq).map((e) => e.seq)).toEqual(expected.map((e) => e.seq));
      }
    }
  });
});
