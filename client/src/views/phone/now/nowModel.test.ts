import { defaultCaptureSettings, emptyTurns, type Vote } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { me, phoneSession as session } from '../../../../test/kit/phoneSession';
import { nowKind, turnOffer } from './nowModel';

const openVote: Vote = {
  id: 'v1',
  questionId: 'q1',
  targetKind: 'theme',
  dots: 3,
  status: 'open',
  openedAt: 1,
  allocations: {},
  revealed: null,
};
const turn = {
  id: 't1',
  participantId: 'me',
  stakeholderGroupId: 'g1',
  circle: 'outer' as const,
  emptyChair: false,
  startedAt: 1,
  endedAt: null,
};

describe('the one thing to do now', () => {
  it('goes by urgency: my turn, then an invitation, then an open vote, then my circle', () => {
    const all = { turns: { ...emptyTurns, current: turn, invited: ['me'] }, votes: { v1: openVote } };
    expect(nowKind(session(all), 'me')).toBe('myTurn');
    expect(nowKind(session({ ...all, turns: { ...emptyTurns, invited: ['me'] } }), 'me')).toBe('invited');
    expect(nowKind(session({ votes: { v1: openVote } }), 'me')).toBe('vote');
    expect(nowKind(session({ votes: { v1: { ...openVote, status: 'closed' } } }), 'me')).toBe('listens');
    expect(nowKind(session({ participants: { me: me('inner') } }), 'me')).toBe('speaks');
    expect(nowKind(session({ currentPhase: 4 }), 'me')).toBe('everyone');
    expect(nowKind(session({ participants: { me: me(null) } }), 'me')).toBe('write');
    expect(nowKind(session({ status: 'lobby', currentPhase: null }), 'me')).toBe('lobby');
    expect(nowKind(session({ status: 'ended' }), 'me')).toBe('ended');
  });

  it('offers a turn to the speaking circle and the invited, the empty chair to a listener in an open aquarium', () => {
    expect(turnOffer(session(), 'me')).toEqual({ ask: false, emptyChair: false });
    expect(turnOffer(session({ participants: { me: me('inner') } }), 'me')).toEqual({
      ask: true,
      emptyChair: false,
    });
    const open = session({ settings: { ...defaultCaptureSettings, openChair: true } });
    expect(turnOffer(open, 'me')).toEqual({ ask: false, emptyChair: true });
    expect(turnOffer(session({ turns: { ...emptyTurns, invited: ['me'] } }), 'me').ask).toBe(true);
    expect(turnOffer(session({ currentPhase: 4 }), 'me').ask).toBe(true);
  });
});
