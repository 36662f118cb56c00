import { describe, expect, it } from 'vitest';
import { canSee } from './audience.js';
import type { EventBodies, EventType, SessionEvent } from './events.js';
import { reduce, reduceAll } from './reducer.js';
import { defaultAquariumSetup } from './templates.js';
import { remainingMs } from './timer.js';
import { circleActivity, focusQuestions } from './selectors.js';

let seq = 0;
const ev = <K extends EventType>(type: K, data: EventBodies[K], at = 0) =>
  ({ seq: ++seq, at, type, data }) as SessionEvent;

const created = () => {
  seq = 0;
  return ev('session.created', { setup: { ...defaultAquariumSetup('fi'), title: 'T' }, joinCode: 'ABCDEFGH' });
};

describe('session reducer', () => {
  it('folds a session from lobby through phases to the end', () => {
    const events = [
      created(),
      ev('participant.joined', { participant: { id: 'a', displayName: null, stakeholderGroupId: 'g1' } }, 10),
      ev('participant.seated', { participantId: 'a', circle: 'outer' }),
      ev('phase.entered', { index: 0 }, 1_000),
      ev('timer.paused', {}, 61_000),
      ev('timer.started', {}, 100_000),
      ev('phase.entered', { index: 1 }, 130_000),
      ev('session.ended', {}, 190_000),
    ];
    const s = reduceAll(null, events.slice(0, 4))!;
    expect(s.status).toBe('running');
    expect(circleActivity(s, 'outer')).toBe('listens');
    expect(circleActivity(s, 'inner')).toBe('speaks');
    expect(focusQuestions(s).map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(remainingMs(s.timer!, 61_000)).toBe(19 * 60_000);

    const mid = reduceAll(s, events.slice(4, 7))!;
    expect(circleActivity(mid, 'outer')).toBe('speaks');
    expect(mid.actualMsByPhase).toEqual({ p1: 60_000 + 30_000 });

    const end = reduceAll(mid, events.slice(7))!;
    expect(end.status).toBe('ended');
    expect(end.joiningOpen).toBe(false);
    expect(end.actualMsByPhase).toEqual({ p1: 90_000, p2: 60_000 });
    expect(circleActivity(end, 'inner')).toBe('idle');
  });

  it('skips events it has already folded and ignores unknown participants', () => {
    const first = created();
    const joined = ev('participant.joined', { participant: { id: 'a', displayName: 'A', stakeholderGroupId: 'g1' } });
    const s = reduceAll(null, [first, joined])!;
    expect(reduceAll(s, [first, joined])).toBe(s);
    const ghost = reduce(s, ev('participant.seated', { participantId: 'nobody', circle: 'inner' }));
    expect(ghost.participants).toEqual(s.participants);
  });

  it('keeps the running phase when the plan is reordered', () => {
    const first = created();
    const s = reduceAll(null, [first, ev('phase.entered', { index: 1 })])!;
    const phases = [...s.setup.phases].reverse();
    const moved = reduce(s, ev('session.setupUpdated', { setup: { ...s.setup, phases } }));
    expect(moved.setup.phases[moved.currentPhase!]!.id).toBe('p2');
    expect(moved.currentPhase).toBe(3);
  });

  it('refuses to fold anything before the session exists', () => {
    expect(() => reduce(null, ev('session.ended', {}))).toThrow();
  });
});

describe('audiences', () => {
  it('shows a participant only their own join and seat', () => {
    created();
    const joined = ev('participant.joined', { participant: { id: 'a', displayName: 'A', stakeholderGroupId: 'g1' } });
    expect(canSee(joined, 'participant', 'a')).toBe(true);
    expect(canSee(joined, 'participant', 'b')).toBe(false);
    expect(canSee(joined, 'facilitator', null)).toBe(true);
    expect(canSee(joined, 'screen', null)).toBe(true);
    expect(canSee(ev('phase.entered', { index: 0 }), 'participant', 'b')).toBe(true);
  });
});
