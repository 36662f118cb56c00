import { ViewOwner, type Role, type SessionEvent, type SessionState } from '@aquarium/shared';
import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** The session as this connection sees it, folded with the shared reducer. */
export interface SessionSlice {
  session: SessionState | null;
  sessionId: string | null;
  role: Role | null;
  participantId: string | null;
  setIdentity: (identity: { sessionId: string; role: Role; participantId: string | null }) => void;
  applyEvents: (events: readonly SessionEvent[]) => void;
  /** Replaces the state with one the server folded (a sync answer's snapshot); events after it follow. */
  installSnapshot: (state: SessionState) => void;
  resetSession: () => void;
}

/**
 * The store alone holds the session's state: each message is folded in place, at the cost of what it changes
 * (a console holding 20,000 thoughts copies none of them per message); changed collections get new identities.
 */
let owner = new ViewOwner();

export const createSessionSlice: StateCreator<Store, [], [], SessionSlice> = (set, get) => ({
  session: null,
  sessionId: null,
  role: null,
  participantId: null,
  setIdentity: (identity) => set(identity),
  applyEvents: (events) => {
    if (events.length === 0) return;
    const before = get().session;
    const after = owner.applyAll(before, events);
    if (after === before) return;
    // The session's own language is the default the first time it loads; the user may switch after.
    set(before === null && after ? { session: after, language: after.setup.language } : { session: after });
  },
  installSnapshot: (state) => {
    const before = get().session;
    if (before && before.seq >= state.seq) return;
    set(before === null ? { session: state, language: state.setup.language } : { session: state });
  },
  resetSession: () => {
    owner = new ViewOwner();
    set({ session: null, sessionId: null, role: null, participantId: null });
  },
});
