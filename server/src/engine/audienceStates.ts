import { StateOwner, viewFor, type Role, type SessionEvent, type SessionState } from '@aquarium/shared';

/** The audiences a catch-up may start from a snapshot: staff (facilitators and the scribe) and the projector. */
export type SnapshotAudience = 'staff' | 'screen';

/** The role whose view an audience's snapshot is folded from (facilitators and the scribe see the same). */
const viewer: Record<SnapshotAudience, Role> = { staff: 'facilitator', screen: 'screen' };

export const snapshotAudienceOf = (role: Role): SnapshotAudience | null =>
  role === 'facilitator' || role === 'scribe' ? 'staff' : role === 'screen' ? 'screen' : null;

interface Kept {
  owner: StateOwner;
  state: SessionState | null;
}

/**
 * The session as staff and as the projector see it: the shared reducer's fold of exactly the events each
 * may see (the projector's copies without the groups' texts, as `viewFor` gives them), so a snapshot holds
 * nothing its audience could not have folded from its own catch-up. A client far behind starts from it
 * and goes on from its sequence number instead of receiving the whole log.
 *
 * Built from the log on the first request of its audience, then kept up to date with every stored event
 * (never folded again per request). Each state is changed in place by its own `StateOwner`; a snapshot is
 * serialised into the acknowledgement at once, so nobody holds it while it changes.
 */
export class AudienceStates {
  private readonly kept = new Map<SnapshotAudience, Kept>();

  /** A stored event, in sequence order: folded into every audience state already built that may see it. */
  add(e: SessionEvent): void {
    for (const [audience, kept] of this.kept) {
      const view = viewFor(e, viewer[audience], null);
      if (view) kept.state = kept.owner.applyAll(kept.state, [view]);
    }
  }

  /** The audience's state now; the first call folds `log` (every stored event some audience may see). */
  stateOf(audience: SnapshotAudience, log: () => readonly SessionEvent[]): SessionState | null {
    let kept = this.kept.get(audience);
    if (!kept) {
      const owner = new StateOwner();
      const views = log().flatMap((e) => viewFor(e, viewer[audience], null) ?? []);
      kept = { owner, state: owner.applyAll(null, views) };
      this.kept.set(audience, kept);
    }
    return kept.state;
  }
}
