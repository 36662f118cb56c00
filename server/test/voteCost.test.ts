// Placing dots reads the vote's own list, not every thought of the session: counted at 50,000 thoughts.
import {
  defaultAquariumSetup,
  ErrorCode,
  StateOwner,
  type EventBodies,
  type EventType,
  type SessionEvent,
  type SessionState,
} from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { voteHandlers } from '../src/votes/handlers.js';

let seq = 0;
const ev = <K extends EventType>(type: K, data: EventBodies[K]) => ({ seq: ++seq, at: 0, type, data }) as SessionEvent;
const thought = (i: number, questionId: string) => ({
  id: `t${i}`,
  participantId: 'p0',
  stakeholderGroupId: 'g1',
  questionId,
  phaseId: null,
  text: `ajatus ${i}`,
  authorName: null,
  status: 'approved' as const,
  pinned: false,
  themeId: null,
  submittedAt: i,
});

const withThoughts = (n: number) => {
  seq = 0;
  const events = [
    ev('session.created', { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' }),
    ev('participant.joined', { participant: { id: 'p0', displayName: null, stakeholderGroupId: 'g1' } }),
  ];
  for (let i = 0; i < n; i++) events.push(ev('thought.submitted', { thought: thought(i, i < 5 ? 'q2' : 'q1') }));
  return new StateOwner().applyAll(null, events)!;
};

/** The state with its thoughts behind a Proxy that counts enumerations (a copy or a scan is one). */
const counting = (s: SessionState) => {
  const scans = { n: 0 };
  const thoughts = new Proxy(s.thoughts, {
    ownKeys: (t) => {
      scans.n++;
      return Reflect.ownKeys(t);
    },
  });
  return { state: { ...s, thoughts }, scans };
};

const actor = { role: 'participant' as const, participantId: 'p0' };

describe('dot votes on thoughts at 50,000 stored thoughts', () => {
  it('opens with the question’s thoughts listed, then decides every placement without a scan', () => {
    const s = withThoughts(50_000);
    const opened = voteHandlers['vote:open'](
      s,
      { voteId: 'v1', questionId: 'q2', targetKind: 'thought', dots: 3 } as never,
      { now: 1, actor: { role: 'facilitator', participantId: null } },
    );
    const vote = (opened as SessionEvent[])[0]!;
    expect(vote.type === 'vote.opened' && vote.data.vote.targets?.map((t) => t.id)).toEqual([
      't0',
      't1',
      't2',
      't3',
      't4',
    ]);
    const open = new StateOwner().apply(s, { ...vote, seq: ++seq, at: 1 } as SessionEvent);
    const { state, scans } = counting(open);
    for (let i = 0; i < 100; i++) {
      const decided = voteHandlers['vote:allocate'](state, { voteId: 'v1', allocation: { t1: 2, t4: 1 } } as never, {
        now: 2,
        actor,
      });
      expect(Array.isArray(decided)).toBe(true);
    }
    expect(
      voteHandlers['vote:allocate'](state, { voteId: 'v1', allocation: { t9: 1 } } as never, { now: 2, actor }),
    ).toMatchObject({
      code: ErrorCode.InvalidPayload,
    });
    expect(scans.n).toBe(0);
  });

  it('refuses a vote on more thoughts than a vote can list', () => {
    const refused = voteHandlers['vote:open'](
      withThoughts(50_000),
      { voteId: 'v2', questionId: 'q1', targetKind: 'thought', dots: 3 } as never,
      { now: 1, actor: { role: 'facilitator', participantId: null } },
    );
    expect(refused).toMatchObject({ code: ErrorCode.InvalidState });
  });
});
