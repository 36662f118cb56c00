import { describe, expect, it } from 'vitest';
import { layoutPages, pageCount } from './pageBreaks';

const pages = (slots: { page: number }[]) => slots.map((s) => s.page);

describe('laying a list into pages that fit', () => {
  it('keeps everything on one page when it fits', () => {
    expect(pages(layoutPages([100, 100, 100], 10, 400, 40))).toEqual([0, 0, 0]);
  });

  it('starts a new page before an item that would cross the bottom, leaving room for "more"', () => {
    // 100 + 10 + 100 + 10 + 100 = 320 > 400 - 100: the third item goes to page two.
    expect(pages(layoutPages([100, 100, 100, 100], 10, 400, 100))).toEqual([0, 0, 1, 1]);
  });

  it('gives an item taller than a page a page of its own', () => {
    expect(pages(layoutPages([50, 900, 50], 0, 400, 20))).toEqual([0, 1, 2]);
  });

  it('lets the last item use the space of the "more" line', () => {
    expect(pages(layoutPages([100, 100, 100], 0, 300, 50))).toEqual([0, 0, 0]);
  });

  it('fills the columns of a page one after the other before turning the page', () => {
    const slots = layoutPages([200, 200, 200, 200, 200], 0, 450, 40, 2);
    expect(slots).toEqual([
      { page: 0, column: 0 },
      { page: 0, column: 0 },
      { page: 0, column: 1 },
      { page: 0, column: 1 },
      { page: 1, column: 0 },
    ]);
    expect(pageCount(slots)).toBe(2);
    expect(pageCount([])).toBe(1);
  });
});
