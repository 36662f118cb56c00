import { defaultCaptureSettings, emptyTurns, type SessionState } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { me, phoneSession } from '../../../../test/kit/phoneSession';
import { myTurnStatus } from './turnStatus';

/** An open aquarium in phase 1: the inner circle speaks, "me" listens in the outer one. */
const session = (change: Partial<SessionState> = {}) =>
  phoneSession({ settings: { ...defaultCaptureSettings, openChair: true }, ...change });

describe('my turn status', () => {
  it('offers the empty chair to a listener of the silent circle only, and only in an open aquarium', () => {
    expect(myTurnStatus(session(), 'me').canAskEmptyChair).toBe(true);
    const classic = session({ settings: defaultCaptureSettings });
    expect(myTurnStatus(classic, 'me').canAskEmptyChair).toBe(false);
    const inner = session({ participants: { me: me('inner') } });
    expect(myTurnStatus(inner, 'me').canAskEmptyChair).toBe(false);
    const unseated = session({ participants: { me: me(null) } });
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
