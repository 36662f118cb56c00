import type { Participant } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { balanceCircles, fillInnerCircle } from './balance.js';

const people = (groups: string[]): Participant[] =>
  groups.map((stakeholderGroupId, i) => ({
    id: `p${i}`,
    displayName: null,
    stakeholderGroupId,
    circle: null,
    joinedAt: i,
  }));

const tally = (ps: Participant[], seats: Map<string, string>) => {
  const t: Record<string, { inner: number; outer: number }> = {};
  for (const p of ps) {
    t[p.stakeholderGroupId] ??= { inner: 0, outer: 0 };
    t[p.stakeholderGroupId]![seats.get(p.id) as 'inner' | 'outer']++;
  }
  return t;
};

describe('balancing circles by stakeholder group', () => {
  it('splits every group and the circles evenly', () => {
    const ps = people(['g1', 'g2', 'g1', 'g3', 'g2', 'g1', 'g1', 'g3']);
    const seats = balanceCircles(ps, ['g1', 'g2', 'g3']);
    const t = tally(ps, seats);
    expect(t).toEqual({ g1: { inner: 2, outer: 2 }, g2: { inner: 1, outer: 1 }, g3: { inner: 1, outer: 1 } });
  });

  it('keeps circle sizes within one when groups are odd', () => {
    const ps = people(['g1', 'g1', 'g1', 'g2', 'g2', 'g2', 'g3']);
    const seats = balanceCircles(ps, ['g1', 'g2', 'g3']);
    const inner = [...seats.values()].filter((c) => c === 'inner').length;
    expect(Math.abs(inner - (ps.length - inner))).toBeLessThanOrEqual(1);
    for (const { inner: i, outer: o } of Object.values(tally(ps, seats)))
      expect(Math.abs(i - o)).toBeLessThanOrEqual(1);
  });

  it('seats everyone, also people of a group no longer in the list', () => {
    const ps = people(['g1', 'gone']);
    expect(balanceCircles(ps, ['g1']).size).toBe(2);
  });
});

describe('filling an inner circle of a chosen size', () => {
  it('takes one of each stakeholder group in turn and seats the rest outside', () => {
    const ps = people(['g1', 'g1', 'g1', 'g1', 'g2', 'g2', 'g3', 'g1', 'g2']);
    const seats = fillInnerCircle(ps, ['g1', 'g2', 'g3'], 5);
    const t = tally(ps, seats);
    expect([...seats.values()].filter((c) => c === 'inner')).toHaveLength(5);
    expect(t).toEqual({ g1: { inner: 2, outer: 3 }, g2: { inner: 2, outer: 1 }, g3: { inner: 1, outer: 0 } });
  });

  it('puts everyone inside when the circle is larger than the room', () => {
    const ps = people(['g1', 'g2']);
    expect([...fillInnerCircle(ps, ['g1', 'g2'], 8).values()]).toEqual(['inner', 'inner']);
  });
});
