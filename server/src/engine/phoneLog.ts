import { audienceOf, type SessionEvent } from '@aquarium/shared';

/** The first index in `events` (ordered by seq) whose seq is above `seq`. */
const firstAfter = (events: readonly SessionEvent[], seq: number) => {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * The stored events phones may see, indexed so one phone's catch-up reads only its own: those for every
 * phone, and per phone those named for it. A phone joining a long session then costs what it receives,
 * not a pass over every event of the session (most of which are the staff's).
 */
export class PhoneLog {
  private readonly all: SessionEvent[] = [];
  private readonly own = new Map<string, SessionEvent[]>();

  /** Adds a stored event; events come in sequence order. */
  add(e: SessionEvent): void {
    const a = audienceOf(e);
    if (a.participants === 'all') {
      this.all.push(e);
      return;
    }
    const named = new Set(a.members ?? []);
    if (a.participant) named.add(a.participant);
    for (const id of named) {
      const list = this.own.get(id);
      if (list) list.push(e);
      else this.own.set(id, [e]);
    }
  }

  /** What the phone of `participantId` may see after `seq`, in order (as `canSee` would pick it from the log). */
  after(participantId: string | null, seq: number): SessionEvent[] {
    const all = this.all;
    const own = (participantId && this.own.get(participantId)) || [];
    const out: SessionEvent[] = [];
    let i = firstAfter(all, seq);
    let j = firstAfter(own, seq);
    while (i < all.length || j < own.length) {
      if (j >= own.length || (i < all.length && all[i]!.seq < own[j]!.seq)) out.push(all[i++]!);
      else out.push(own[j++]!);
    }
    return out;
  }
}
