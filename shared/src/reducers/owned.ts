/**
 * Copy on first write: how a fold changes a record or a list without copying it per event.
 *
 * The state is immutable to everyone who reads it. A fold run (one `reduce`, one `reduceAll` batch, or a
 * server session's whole life through its `StateOwner`) owns what it created: a record or list it
 * copied once it may change in place afterwards. So a batch of 20,000 events copies each collection at
 * most once, and a server session that owns its state copies nothing per event. Outside a run the helpers
 * copy, as plain immutable updates do.
 */
let owned: WeakSet<object> | null = null;

/** Runs `fold` with `set` as what it may change in place; `set` grows with what it copies. */
export const withOwned = <T>(set: WeakSet<object>, fold: () => T): T => {
  const outer = owned;
  owned = set;
  try {
    return fold();
  } finally {
    owned = outer;
  }
};

/** Whether the running fold may change `x` in place (it created it). */
export const isOwned = (x: object): boolean => owned?.has(x) ?? false;

const writable = <T extends object>(x: T, copy: (x: T) => T): T => {
  if (owned?.has(x)) return x;
  const mine = copy(x);
  owned?.add(mine);
  return mine;
};

/** The record with `id` set to `item`. */
export const put = <T>(record: Record<string, T>, id: string, item: T): Record<string, T> => {
  const mine = writable(record, (r) => ({ ...r }));
  mine[id] = item;
  return mine;
};

/** Replaces one record entry if it exists. */
export const patch = <T>(record: Record<string, T>, id: string, change: (item: T) => T): Record<string, T> => {
  const item = record[id];
  return item === undefined ? record : put(record, id, change(item));
};

/** The record without `id`. */
export const without = <T>(record: Record<string, T>, id: string): Record<string, T> => {
  if (!(id in record)) return record;
  const mine = writable(record, (r) => ({ ...r }));
  delete mine[id];
  return mine;
};

/** The list with `item` at its end. */
export const append = <T>(list: readonly T[], item: T): T[] => {
  const mine = writable(list as T[], (l) => [...l]);
  mine.push(item);
  return mine;
};
