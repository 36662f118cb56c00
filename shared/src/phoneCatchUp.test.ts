// What a phone receives and folds does not grow with the session's published thoughts: counted (bytes and
// events), never timed, at 100 and at 20,000 published thoughts.
import { describe, expect, it } from 'vitest';
import { canSee } from './audience.js';
import { publicThought, type Thought, type VoteTarget } from './capture.js';
import type { EventBodies, EventType, SessionEvent } from './events.js';
import { reduceAll } from './reducer.js';
import { defaultAquariumSetup } from './templates.js';

let seq = 0;
const ev = <K extends EventType>(type: K, data: EventBodies[K]) =>
  ({ seq: ++seq, at: seq, type, data }) as SessionEvent;
const thought = (i: number, questionId = 'q1'): Thought => ({
  id: `t${i}`,
  participantId: `p${i % 100}`,
  stakeholderGroupId: 'g1',
  questionId,
  phaseId: null,
  text: `Ajatus numero ${i}: jotain sanottavaa tästä aiheesta`,
  authorName: null,
  status: 'approved',
  pinned: false,
  themeId: null,
  submittedAt: i,
});

/** A session whose question q1 holds `published` approved thoughts (by p0…p99), and a vote on q2's three thoughts. */
const session = (published: number) => {
  seq = 0;
  const events = [ev('session.created', { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' })];
  for (let i = 0; i < 200; i++) {
    events.push(
      ev('participant.joined', { participant: { id: `p${i}`, displayName: null, stakeholderGroupId: 'g1' } }),
    );
  }
  events.push(ev('phase.entered', { index: 0 }));
  const q2 = [0, 1, 2].map((i) => thought(1_000_000 + i, 'q2'));
  for (const t of [...Array.from({ length: published }, (_, i) => thought(i)), ...q2]) {
    events.push(ev('thought.submitted', { thought: t }));
    events.push(ev('thought.published', { thought: publicThought(t) }));
  }
  const targets: VoteTarget[] = q2.map((t) => ({ id: t.id, text: t.text }));
  events.push(
    ev('vote.opened', { vote: { id: 'v1', questionId: 'q2', targetKind: 'thought', dots: 3, openedAt: 0, targets } }),
  );
  return events;
};

const phoneCatchUp = (events: SessionEvent[]) => events.filter((e) => canSee(e, 'participant', 'p150'));

describe("a phone's catch-up in a session of many published thoughts", () => {
  it('is the same, event for event and byte for byte, at 100 and at 20,000', () => {
    const small = phoneCatchUp(session(100));
    const big = phoneCatchUp(session(20_000));
    expect(big.length).toBe(small.length);
    const bytes = (es: SessionEvent[]) => es.reduce((n, e) => n + JSON.stringify({ ...e, seq: 0, at: 0 }).length, 0);
    expect(bytes(big)).toBe(bytes(small));
    expect(big.some((e) => e.type === 'thought.published')).toBe(false);
  });

  it('still gives the phone the vote with its thoughts to place dots on, and the projector every thought', () => {
    const events = session(20_000);
    const phone = reduceAll(null, phoneCatchUp(events))!;
    expect(Object.keys(phone.publicThoughts)).toHaveLength(0);
    expect(phone.votes.v1!.targets!.map((t) => t.id)).toEqual(['t1000000', 't1000001', 't1000002']);
    const screen = reduceAll(
      null,
      events.filter((e) => canSee(e, 'screen', null)),
    )!;
    expect(Object.keys(screen.publicThoughts)).toHaveLength(20_003);
  });

  it('takes a thought hidden after the vote opened off its list, on the phone too', () => {
    const events = [...session(10), ev('thought.unpublished', { thoughtId: 't1000001' })];
    const phone = reduceAll(null, phoneCatchUp(events))!;
    expect(phone.votes.v1!.targets!.map((t) => t.id)).toEqual(['t1000000', 't1000002']);
  });

  it('folds a vote stored before votes listed their thoughts as before: no list, the state decides', () => {
    const events = session(10).map((e) =>
      e.type === 'vote.opened'
        ? ({
            ...e,
            data: { vote: { id: 'v1', questionId: 'q2', targetKind: 'thought', dots: 3, openedAt: 1 } },
          } as SessionEvent)
        : e,
    );
    const staff = reduceAll(
      null,
      events.filter((e) => canSee(e, 'facilitator', null)),
    )!;
    expect(staff.votes.v1!.targets).toBeUndefined();
    expect(staff.votes.v1!.status).toBe('open');
  });
});
