import { circleActivity, currentPhase, mayAskForTurn, type SessionState } from '@aquarium/shared';
import { latestVote } from '../../capture/voteModel';

/**
 * The one thing a phone's person can do now, in order of urgency: it is my turn / I am invited; a vote is open; my
 * circle speaks or listens (everyone speaks); write a thought (running, but I have no circle yet). Before and after
 * the session: waiting, ended.
 */
export type NowKind = 'myTurn' | 'invited' | 'vote' | 'speaks' | 'everyone' | 'listens' | 'write' | 'lobby' | 'ended';

export const nowKind = (s: SessionState, me: string): NowKind => {
  if (s.status === 'ended') return 'ended';
  if (s.status === 'lobby') return 'lobby';
  if (s.turns.current?.participantId === me) return 'myTurn';
  if (s.turns.invited.includes(me)) return 'invited';
  if (latestVote(s)?.status === 'open') return 'vote';
  const phase = currentPhase(s);
  if (phase?.speaking === 'everyone') return 'everyone';
  const circle = s.participants[me]?.circle ?? null;
  if (!circle) return 'write';
  return circleActivity(s, circle) === 'speaks' ? 'speaks' : 'listens';
};

/** What the turn part of the top card offers this phone. */
export interface TurnOffer {
  /** Ask for a turn (speaking circle, everyone, or invited). */
  ask: boolean;
  /** Open aquarium: a listener may ask for the empty chair. */
  emptyChair: boolean;
}

export const turnOffer = (s: SessionState, me: string): TurnOffer => {
  const circle = s.participants[me]?.circle ?? null;
  return {
    ask: mayAskForTurn(s, me),
    emptyChair: s.settings.openChair === true && circle !== null && circleActivity(s, circle) === 'listens',
  };
};

/** The announcement key for a change of activity (read out by the live region). */
export const announceKey = {
  myTurn: 'now.announce.myTurn',
  invited: 'now.announce.invited',
  vote: 'now.announce.vote',
  speaks: 'now.announce.speaks',
  everyone: 'now.announce.everyone',
  listens: 'now.announce.listens',
  write: 'now.announce.write',
  lobby: 'now.announce.lobby',
  ended: 'now.announce.ended',
} as const;

/** Whether the card itself shows the question in focus (else the page shows it under the card). */
export const cardShowsFocus = (kind: NowKind) =>
  kind === 'myTurn' || kind === 'speaks' || kind === 'everyone' || kind === 'listens';
