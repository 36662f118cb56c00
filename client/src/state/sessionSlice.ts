import { reduceAll, type Role, type SessionEvent, type SessionState } from '@aquarium/shared';
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
  resetSession: () => void;
}

export const createSessionSlice: StateCreator<Store, [], [], SessionSlice> = (set, get) => ({
  session: null,
  sessionId: null,
  role: null,
  participantId: null,
  setIdentity: (identity) => set(identity),
  applyEvents: (events) => {
    if (events.length === 0) return;
    const before = get().session;
    const after = reduceAll(before, events);
    if (after === before) return;
    // The session's own language is the default the first time it loads; the user may switch after.
    set(before === null && after ? { session: after, language: after.setup.language } : { session: after });
  },
  resetSession: () => set({ session: null, sessionId: null, role: null, participantId: null }),
});
