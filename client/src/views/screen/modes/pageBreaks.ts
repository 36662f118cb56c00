/** Where an item goes: which page, and which column of it. */
export interface Slot {
  page: number;
  column: number;
}

/**
 * Lays items of these heights into pages of `columns` columns, each `height` tall, stacked with `gap`. A page that
 * has more after it leaves `reserve` under its columns for the line that says so; an item taller than a column gets
 * a column of its own. Items keep their order: down the first column, then the next, then the next page.
 */
export const layoutPages = (heights: number[], gap: number, height: number, reserve: number, columns = 1): Slot[] => {
  const slots: Slot[] = [];
  let page = 0;
  let column = 0;
  let used = 0;
  heights.forEach((h, i) => {
    const add = (used === 0 ? 0 : gap) + h;
    // The last item needs no room for the "more" line under it.
    const limit = i === heights.length - 1 ? height : height - reserve;
    if (used > 0 && used + add > limit) {
      column += 1;
      if (column >= columns) {
        column = 0;
        page += 1;
      }
      used = h;
    } else {
      used += add;
    }
    slots.push({ page, column });
  });
  return slots;
};

/** The number of pages a layout has (at least one, also for no items). */
export const pageCount = (slots: Slot[]) => (slots.at(-1)?.page ?? 0) + 1;
