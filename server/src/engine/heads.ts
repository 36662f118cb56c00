import { audienceOf, type Role, type SessionEvent } from '@aquarium/shared';

/**
 * The newest stored sequence number each audience of a session may see. An event reaches staff, the
 * projector, every phone (`all`) or named phones; the last is kept per phone. A phone's head is the
 * newer of the `all` head and its own, as a phone sees exactly the union of the two.
 */
export class VisibleHeads {
  private staff = 0;
  private screen = 0;
  private all = 0;
  private readonly phones = new Map<string, number>();

  add(e: SessionEvent): void {
    const a = audienceOf(e);
    if (a.staff) this.staff = e.seq;
    if (a.screen) this.screen = e.seq;
    if (a.participants === 'all') this.all = e.seq;
    if (a.participant) this.phones.set(a.participant, e.seq);
    for (const m of a.members ?? []) this.phones.set(m, e.seq);
  }

  headFor(role: Role, participantId: string | null): number {
    switch (role) {
      case 'facilitator':
      case 'scribe':
        return this.staff;
      case 'screen':
        return this.screen;
      case 'participant':
        return Math.max(this.all, participantId ? (this.phones.get(participantId) ?? 0) : 0);
    }
  }

  /** The head every phone shares; phones whose own head is newer are listed apart. */
  participants(): { all: number; ahead: Map<string, number> } {
    const ahead = new Map<string, number>();
    for (const [id, seq] of this.phones) if (seq > this.all) ahead.set(id, seq);
    return { all: this.all, ahead };
  }
}
