import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, EventFromNewerVersion, upcastEvent, type StoredEvent } from './eventVersion.js';

const note = (data: unknown): StoredEvent => ({ seq: 7, type: 'note.added', at: 1000, data });

describe('upcastEvent', () => {
  it('leaves an event of the current version as it is', () => {
    const e = note({ note: { id: 'n1', text: 'x' } });
    expect(upcastEvent(e, EVENT_VERSION)).toEqual(e);
  });

  it('applies each step from the stored version up to the current one, in order', () => {
    // v1 → v2 renames `body` to `text`; v2 → v3 adds `order`.
    const steps = {
      1: (e: StoredEvent) => {
        const { body, ...rest } = (e.data as { note: { body: string } }).note;
        return { ...e, data: { note: { ...rest, text: body } } };
      },
      2: (e: StoredEvent) => ({ ...e, data: { note: { ...(e.data as { note: object }).note, order: 0 } } }),
    };
    expect(upcastEvent(note({ note: { id: 'n1', body: 'x' } }), 1, steps, 3).data).toEqual({
      note: { id: 'n1', text: 'x', order: 0 },
    });
    expect(upcastEvent(note({ note: { id: 'n1', text: 'x' } }), 2, steps, 3).data).toEqual({
      note: { id: 'n1', text: 'x', order: 0 },
    });
  });

  it('refuses an event stored by a newer build, naming it', () => {
    expect(() => upcastEvent(note({}), EVENT_VERSION + 1)).toThrow(EventFromNewerVersion);
    expect(() => upcastEvent(note({}), EVENT_VERSION + 1)).toThrow(/event 7 \(note\.added\)/);
  });
});
