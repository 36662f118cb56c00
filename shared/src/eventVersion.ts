import type { SessionEvent } from './events.js';
import { upcastV1 } from './upcasters/v1.js';

/**
 * The shape version of the events this build writes. Stored events keep the version they were written at;
 * when an event's data changes shape, raise this and add the upcaster from the old version, so every older
 * session still replays (tldraw migrates its snapshots the same way).
 */
export const EVENT_VERSION = 2;

/** An event as storage holds it: its data not yet known to match the current shape. */
export interface StoredEvent {
  seq: number;
  type: string;
  at: number;
  data: unknown;
}

/** Turns an event stored at one version into the next version's shape. */
export type Upcaster = (event: StoredEvent) => StoredEvent;

/** `upcasters[v]` turns an event stored at version v into its version v + 1 shape. */
const upcasters: Record<number, Upcaster> = { 1: upcastV1 };

/** The stored event was written by a newer build than this one (e.g. after a rollback): it cannot be read. */
export class EventFromNewerVersion extends Error {}

/** Brings an event stored at `version` to the current shape, one version at a time. */
export const upcastEvent = (
  event: StoredEvent,
  version: number,
  steps: Record<number, Upcaster> = upcasters,
  current = EVENT_VERSION,
): SessionEvent => {
  if (version > current) {
    throw new EventFromNewerVersion(
      `event ${event.seq} (${event.type}) was stored at version ${version}; this build reads up to ${current}`,
    );
  }
  let e = event;
  for (let v = version; v < current; v++) {
    const up = steps[v];
    if (up) e = up(e);
  }
  return e as SessionEvent;
};
