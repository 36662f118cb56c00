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
/** Whether the running fold gives every collection it changes in place a new identity (see `ViewOwner`). */
let fresh = false;
/** A collection's new identity → the storage it stands for (a Proxy's target). */
const storageOf = new WeakMap<object, object>();

/** Runs `fold` with `set` as what it may change in place; `set` grows with what it copies. */
export const withOwned = <T>(set: WeakSet<object>, fold: () => T, freshIdentity = false): T => {
  const outer = owned;
  const outerFresh = fresh;
  owned = set;
  fresh = freshIdentity;
  try {
    return fold();
  } finally {
    owned = outer;
    fresh = outerFresh;
  }
};

const unwrap = <T extends object>(x: T): T => (storageOf.get(x) as T | undefined) ?? x;

/** Whether the running fold may change `x` in place (it created it). */
export const isOwned = (x: object): boolean => owned?.has(unwrap(x)) ?? false;

const writable = <T extends object>(x: T, copy: (x: T) => T): T => {
  const storage = unwrap(x);
  if (owned?.has(storage)) return storage;
  const mine = copy(storage);
  owned?.add(mine);
  return mine;
};

/**
 * What a fold returns for a collection it wrote: the collection itself, or, in a fold that gives changes a
 * new identity, a new Proxy over it (constant cost: the entries are not copied). A reader comparing
 * identities, as React does, sees the change; the Proxy reads and enumerates its storage as it is now.
 */
const changed = <T extends object>(storage: T): T => {
  if (!fresh) return storage;
  const identity = new Proxy(storage, {});
  storageOf.set(identity, storage);
  return identity;
};

/** The record with `id` set to `item`. */
export const put = <T>(record: Record<string, T>, id: string, item: T): Record<string, T> => {
  const mine = writable(record, (r) => ({ ...r }));
  mine[id] = item;
  return changed(mine);
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
  return changed(mine);
};

/** The list with `item` at its end. */
export const append = <T>(list: readonly T[], item: T): T[] => {
  const mine = writable(list as T[], (l) => [...l]);
  mine.push(item);
  return changed(mine);
};
