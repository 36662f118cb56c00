import { audienceOf, type Role, type SessionEvent } from '@aquarium/shared';

/**
 * The newest stored sequence number each audience of a session may see. An event reaches staff, the
 * projector, every phone (`all`) or named phones; the last is kept per phone. A phone's head is the
 * newer of the `all` head and its own, as a phone sees exactly the union of the two.
 *
 * Kept at a cost per event that does not grow with the session (issue #24): only the phones whose own head is
 * newer than `all` are listed (an event for every phone empties the list), and the phones whose head changed
 * since the relay last asked are listed apart, so the relay's announcement each second reads those alone.
 */
export class VisibleHeads {
  private staff = 0;
  private screen = 0;
  private all = 0;
  /** Phones whose own head is newer than `all`; every other phone's head is `all`. */
  private readonly ahead = new Map<string, number>();
  /** Phones whose own head changed since the last `takeChanged`. */
  private changed = new Set<string>();

  add(e: SessionEvent): void {
    const a = audienceOf(e);
    if (a.staff) this.staff = e.seq;
    if (a.screen) this.screen = e.seq;
    if (a.participants === 'all') {
      this.all = e.seq;
      this.ahead.clear();
      this.changed.clear();
    }
    if (a.participant) this.phone(a.participant, e.seq);
    for (const m of a.members ?? []) this.phone(m, e.seq);
  }

  private phone(id: string, seq: number): void {
    if (seq <= this.all) return;
    this.ahead.set(id, seq);
    this.changed.add(id);
  }

  headFor(role: Role, participantId: string | null): number {
    switch (role) {
      case 'facilitator':
      case 'scribe':
        return this.staff;
      case 'screen':
        return this.screen;
      case 'participant':
        return (participantId ? this.ahead.get(participantId) : undefined) ?? this.all;
    }
  }

  /**
   * The head every phone shares, and the phones whose own head is newer (the live map: read it, do not keep
   * or change it).
   */
  participants(): { all: number; ahead: ReadonlyMap<string, number> } {
    return { all: this.all, ahead: this.ahead };
  }

  /** The phones (ahead of `all`) whose head changed since the last call. */
  takeChanged(): ReadonlySet<string> {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }
}
