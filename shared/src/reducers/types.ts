import type { EventType, SessionEvent } from '../events.js';
import type { SessionState } from '../state.js';

/** Folds one event type into state; `state` is never null here. */
export type Fold<K extends EventType> = (s: SessionState, e: Extract<SessionEvent, { type: K }>) => SessionState;

/** Replaces one record entry if it exists. */
export const patch = <T>(record: Record<string, T>, id: string, change: (item: T) => T): Record<string, T> => {
  const item = record[id];
  return item === undefined ? record : { ...record, [id]: change(item) };
};

export const without = <T>(record: Record<string, T>, id: string): Record<string, T> => {
  if (!(id in record)) return record;
  const { [id]: _gone, ...rest } = record;
  return rest;
};
