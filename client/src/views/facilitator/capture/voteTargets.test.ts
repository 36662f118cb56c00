import { defaultAquariumSetup, type SessionState, type Thought } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { voteTargetCount } from './voteTargets';

const thought = (i: number, status: Thought['status']): Thought => ({
  id: `t${i}`,
  participantId: 'p1',
  stakeholderGroupId: 'g1',
  questionId: i % 2 === 0 ? 'q1' : 'q2',
  phaseId: null,
  text: `thought ${i}`,
  authorName: null,
  status,
  pinned: false,
  themeId: null,
  submittedAt: i,
});

/** A thoughts map that counts how many of its entries are read. */
const counted = (n: number) => {
  const reads = { n: 0 };
  const items: Record<string, Thought> = {};
  for (let i = 0; i < n; i++) items[`t${i}`] = thought(i, i % 4 < 2 ? 'approved' : 'pending');
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      reads.n++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { proxy, reads };
};

const session = (thoughts: Record<string, Thought>) =>
  ({ setup: defaultAquariumSetup('fi'), themes: {}, thoughts }) as unknown as SessionState;

describe('voteTargetCount', () => {
  it("counts a question's approved thoughts once per thoughts collection, however often the store asks", () => {
    const { proxy, reads } = counted(50_000);
    const s = session(proxy);
    expect(voteTargetCount(s, 'q1', 'thought')).toBe(12_500);
    const firstPass = reads.n;
    expect(firstPass).toBeGreaterThanOrEqual(50_000);
    // The same collection again (the store changed elsewhere: presence, a note): no entry is read.
    for (let i = 0; i < 100; i++) voteTargetCount({ ...s }, i % 2 ? 'q1' : 'q2', 'thought');
    expect(reads.n).toBe(firstPass);
    expect(voteTargetCount(s, 'q2', 'thought')).toBe(12_500);
    expect(voteTargetCount(s, 'q3', 'thought')).toBe(0);
  });

  it('counts anew when the thoughts change (the reducer gives a changed collection a new identity)', () => {
    const { proxy } = counted(8);
    expect(voteTargetCount(session(proxy), 'q1', 'thought')).toBe(2);
    const approvedOne = { ...proxy, t2: { ...proxy['t2']!, status: 'approved' as const } };
    expect(voteTargetCount(session(approvedOne), 'q1', 'thought')).toBe(3);
  });

  it("counts a question's themes", () => {
    const s = {
      themes: {
        a: { id: 'a', questionId: 'q1' },
        b: { id: 'b', questionId: 'q1' },
        c: { id: 'c', questionId: 'q2' },
      },
      thoughts: {},
    } as unknown as SessionState;
    expect(voteTargetCount(s, 'q1', 'theme')).toBe(2);
    expect(voteTargetCount(s, 'q2', 'theme')).toBe(1);
  });
});
