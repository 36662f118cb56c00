import { defaultAquariumSetup, reduce, type Participant, type SessionState } from '@aquarium/shared';

/** One participant, "me", seated in a circle (or not yet). */
export const me = (circle: 'inner' | 'outer' | null): Participant => ({
  id: 'me',
  displayName: null,
  stakeholderGroupId: 'g1',
  circle,
  joinedAt: 0,
});

/**
 * A running Finnish aquarium as a phone holds it, in phase 1 (the inner circle speaks), with "me" in the outer
 * circle: made by the shared reducer from `session.created`, so a field added to the state is here too.
 */
export const phoneSession = (change: Partial<SessionState> = {}): SessionState => ({
  ...reduce(null, {
    seq: 1,
    at: 0,
    type: 'session.created',
    data: { setup: defaultAquariumSetup('fi'), joinCode: 'ABCDEFGH' },
  }),
  status: 'running',
  startedAt: 0,
  currentPhase: 0,
  participants: { me: me('outer') },
  participantOrder: ['me'],
  ...change,
});
