// The per-author thought limit reads the author's own newest thoughts, not every thought of the session.
import {
  defaultAquariumSetup,
  ErrorCode,
  limits,
  StateOwner,
  type EventBodies,
  type EventType,
  type SessionEvent,
} from '@aquarium/shared';
import { describe, expect, it, vi } from 'vitest';
import { thoughtHandlers } from '../src/thoughts/handlers.js';

let seq = 0;
const ev = <K extends EventType>(type: K, data: EventBodies[K], at = 0) =>
  ({ seq: ++seq, at, type, data }) as SessionEvent;
const thought = (id: string, participantId: string, submittedAt: number) => ({
  id,
  participantId,
  stakeholderGroupId: 'g1',
  questionId: 'q1',
  phaseId: null,
  text: 'x',
  authorName: null,
  status: 'pending' as const,
  pinned: false,
  themeId: null,
  submittedAt,
});

describe('thought:submit at 50,000 stored thoughts', () => {
  it('refuses the author past the limit and scans no collection to decide', () => {
    const events = [ev('session.created', { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' })];
    for (const id of ['me', 'other']) {
      events.push(ev('participant.joined', { participant: { id, displayName: null, stakeholderGroupId: 'g1' } }));
    }
    for (let i = 0; i < 50_000; i++)
      events.push(ev('thought.submitted', { thought: thought(`old${i}`, i % 2 ? 'me' : 'other', 0) }));
    const owner = new StateOwner();
    let s = owner.applyAll(null, events)!;
    const now = 10_000_000;
    const submit = (thoughtId: string, participantId: string) =>
      thoughtHandlers['thought:submit'](s, { thoughtId, text: 'x', questionId: 'q1', showName: false } as never, {
        now,
        actor: { role: 'participant', participantId },
      });
    submit('warm', 'me'); // the first decision builds the per-author index
    const values = vi.spyOn(Object, 'values');
    for (let i = 0; i < limits.thoughtsPerMinute; i++) {
      const decided = submit(`new${i}`, 'me');
      expect(Array.isArray(decided)).toBe(true);
      s = owner.apply(s, { ...(decided as SessionEvent[])[0]!, seq: ++seq, at: now } as SessionEvent);
    }
    expect(submit('one-too-many', 'me')).toMatchObject({ code: ErrorCode.RateLimited });
    expect(Array.isArray(submit('theirs', 'other'))).toBe(true);
    expect(values).not.toHaveBeenCalled();
    values.mockRestore();
  });
});
