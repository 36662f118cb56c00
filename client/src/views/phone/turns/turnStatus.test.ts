import {
  defaultAquariumSetup,
  defaultProjector,
  emptyGroups,
  emptySummaryDraft,
  emptyTurns,
  type SessionState,
} from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { myTurnStatus } from './turnStatus';

const setup = defaultAquariumSetup('fi');
const participant = (id: string, circle: 'inner' | 'outer' | null) => ({
  id,
  displayName: null,
  stakeholderGroupId: 'g1',
  circle,
  joinedAt: 0,
});

const session = (change: Partial<SessionState> = {}): SessionState => ({
  seq: 1,
  setup,
  joinCode: 'ABCDEFGH',
  joiningOpen: true,
  status: 'running',
  participants: { me: participant('me', 'outer') },
  participantOrder: ['me'],
  currentPhase: 0, // the inner circle speaks, the outer listens
  timer: null,
  actualMsByPhase: {},
  startedAt: 0,
  endedAt: null,
  settings: { thoughtsNeedApproval: true, showNotesOnScreen: false, openChair: true },
  notes: {},
  thoughts: {},
  publicThoughts: {},
  groups: emptyGroups,
  projector: defaultProjector,
  themes: {},
  votes: {},
  turns: emptyTurns,
  turnSoftLimitSeconds: null,
  retentionDays: null,
  summary: emptySummaryDraft,
  ...change,
});

describe('my turn status', () => {
  it('offers the empty chair to a listener of the silent circle only, and only in an open aquarium', () => {
    expect(myTurnStatus(session(), 'me').canAskEmptyChair).toBe(true);
    const classic = session({ settings: { thoughtsNeedApproval: true, showNotesOnScreen: false, openChair: false } });
    expect(myTurnStatus(classic, 'me').canAskEmptyChair).toBe(false);
    const inner = session({ participants: { me: participant('me', 'inner') } });
    expect(myTurnStatus(inner, 'me').canAskEmptyChair).toBe(false);
    const unseated = session({ participants: { me: participant('me', null) } });
    expect(myTurnStatus(unseated, 'me').canAskEmptyChair).toBe(false);
  });

  it('knows when I wait, when I speak and when I am invited', () => {
    const queued = session({
      turns: { ...emptyTurns, queue: [{ participantId: 'me', requestedAt: 1, emptyChair: true }], invited: ['me'] },
    });
    expect(myTurnStatus(queued, 'me')).toMatchObject({
      queued: true,
      queuedForEmptyChair: true,
      invited: true,
      speaking: false,
    });
    const speaking = session({
      turns: {
        ...emptyTurns,
        current: {
          id: 't1',
          participantId: 'me',
          stakeholderGroupId: 'g1',
          circle: 'outer',
          emptyChair: false,
          startedAt: 1,
          endedAt: null,
        },
      },
    });
    expect(myTurnStatus(speaking, 'me')).toMatchObject({ speaking: true, queued: false, invited: false });
  });

  it('allows no requests outside a running session', () => {
    expect(myTurnStatus(session({ status: 'lobby' }), 'me').canRequest).toBe(false);
  });
});
