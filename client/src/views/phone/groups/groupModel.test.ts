import type { GroupPoint, SmallGroup } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import {
  changeDots,
  dotsLeft,
  memberLabel,
  moveInOrder,
  orderByTotals,
  pointNumberOf,
  recordPrefill,
  sameOrder,
  sameRecord,
  usedDots,
} from './groupModel';

const point = (id: string, text = id, soloThoughtIds: string[] = []): GroupPoint => ({
  id,
  smallGroupId: 'sg1',
  questionId: 'q1',
  text,
  soloThoughtIds,
  order: 0,
});

describe('dots', () => {
  it('counts what is placed and what is left, never below zero', () => {
    expect(usedDots({})).toBe(0);
    expect(usedDots({ a: 2, b: 1 })).toBe(3);
    expect(dotsLeft(3, { a: 2 })).toBe(1);
    expect(dotsLeft(3, { a: 2, b: 2 })).toBe(0);
  });

  it('adds a dot while some are left, takes one back while there is one', () => {
    expect(changeDots({}, 'a', 1, 3)).toEqual({ a: 1 });
    expect(changeDots({ a: 1 }, 'a', 1, 3)).toEqual({ a: 2 });
    expect(changeDots({ a: 2, b: 1 }, 'b', 1, 3)).toBeNull();
    expect(changeDots({ a: 1 }, 'b', -1, 3)).toBeNull();
  });

  it('sends the whole allocation without zero entries', () => {
    expect(changeDots({ a: 1, b: 2 }, 'a', -1, 3)).toEqual({ b: 2 });
    expect(changeDots({ a: 0, b: 1 }, 'b', 1, 3)).toEqual({ b: 2 });
  });
});

describe('order', () => {
  it('moves a point one place up or down', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses a move past either end or of an unknown point', () => {
    expect(moveInOrder(['a', 'b'], 'a', -1)).toBeNull();
    expect(moveInOrder(['a', 'b'], 'b', 1)).toBeNull();
    expect(moveInOrder(['a', 'b'], 'x', 1)).toBeNull();
  });

  it('orders by vote totals, most first, ties in the chair’s order', () => {
    const points = [point('a'), point('b'), point('c'), point('d')];
    expect(orderByTotals(points, { b: 2, c: 5, d: 2 })).toEqual(['c', 'b', 'd', 'a']);
    expect(orderByTotals(points, {})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('compares orders', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('record', () => {
  it('starts from the points, one "- point" line each', () => {
    expect(recordPrefill([])).toBe('');
    expect(recordPrefill([point('a', 'Yhteinen kieli'), point('b', 'Kaksi\n riviä ')])).toBe(
      '- Yhteinen kieli\n- Kaksi riviä',
    );
  });

  it('treats texts the server stores the same (it trims) as the same', () => {
    expect(sameRecord('- a\n', '- a')).toBe(true);
    expect(sameRecord('- a', '- b')).toBe(false);
  });
});

describe('members and points', () => {
  const group: SmallGroup = {
    id: 'sg1',
    name: 'Ryhmä 1',
    chairId: null,
    createdAt: 0,
    members: [
      { id: 'p1', name: 'Aino' },
      { id: 'p2', name: null },
    ],
  };

  it('names a member, or numbers them by their place in the group', () => {
    const numbered = (n: number) => `Jäsen ${n}`;
    expect(memberLabel(group, 'p1', numbered)).toBe('Aino');
    expect(memberLabel(group, 'p2', numbered)).toBe('Jäsen 2');
  });

  it('finds the point that gathers a solo thought', () => {
    const points = [point('a', 'A', ['i1']), point('b', 'B', ['i2', 'i3'])];
    expect(pointNumberOf(points, 'i3')).toBe(2);
    expect(pointNumberOf(points, 'i9')).toBe(0);
  });
});
