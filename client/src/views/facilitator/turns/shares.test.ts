import { describe, expect, it } from 'vitest';
import { sharePercents } from './shares';

describe('sharePercents', () => {
  it('gives each value its share of the total', () => {
    expect(sharePercents([90_000, 30_000, 0])).toEqual([75, 25, 0]);
    expect(sharePercents([1, 2])).toEqual([33, 67]);
  });

  it('gives zeros when nobody has spoken', () => {
    expect(sharePercents([0, 0])).toEqual([0, 0]);
    expect(sharePercents([])).toEqual([]);
  });
});
