import { describe, expect, it } from 'vitest';
import { moveItem } from './queueOrder';

describe('moveItem', () => {
  it('swaps with the neighbour above or below', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list as it is at either end, and never changes the input', () => {
    const list = ['a', 'b'];
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(list, 1, 1)).toEqual(['a', 'b']);
    expect(moveItem(list, 5, 1)).toEqual(['a', 'b']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a']);
    expect(list).toEqual(['a', 'b']);
  });
});
