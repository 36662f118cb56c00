import type { EventType, SessionEvent } from './events.js';
import * as goals from './reducers/goals.js';
import * as groupPace from './reducers/groupPace.js';
import * as groups from './reducers/groups.js';
import { noteAdded, noteDeleted, noteEdited, noteMoved, noteThemed } from './reducers/notes.js';
import { withOwned } from './reducers/owned.js';
import * as session from './reducers/session.js';
import {
  summaryBackgroundSet,
  summaryItemExcluded,
  summaryFundingMarkSet,
  summaryOrdered,
  summaryPublished,
  summaryTextSet,
} from './reducers/summary.js';
import { themeCreated, themeDeleted, themeMerged, themeRenamed } from './reducers/themes.js';
import * as thoughts from './reducers/thoughts.js';
import * as turns from './reducers/turns.js';
import type { Fold } from './reducers/types.js';
import { voteAllocated, voteClosed, voteOpened, voteRevealed, voteTallied } from './reducers/votes.js';
import type { SessionState } from './state.js';

export { thoughtIdsOf } from './reducers/thoughts.js';
export { nextNoteOrder } from './reducers/notes.js';

/** One fold per event type: the compiler refuses a table that misses a type or names an unknown one. */
export type Folds = { [K in EventType]: Fold<K> };

const folds: Folds = {
  'session.created': session.sessionCreated,
  'session.setupUpdated': session.setupUpdated,
  'joining.set': session.joiningSet,
  'participant.joined': session.participantJoined,
  'participant.seated': session.participantSeated,
  'phase.entered': session.phaseEntered,
  'timer.paused': session.timerPaused,
  'timer.started': session.timerStarted,
  'timer.extended': session.timerExtended,
  'session.ended': session.sessionEnded,
  'settings.updated': session.settingsUpdated,
  'screen.shown': session.screenShown,
  'session.retentionSet': session.retentionSet,
  'note.added': noteAdded,
  'note.edited': noteEdited,
  'note.moved': noteMoved,
  'note.deleted': noteDeleted,
  'note.themed': noteThemed,
  'thought.submitted': thoughts.thoughtSubmitted,
  'thought.moderated': thoughts.thoughtModerated,
  'thought.withdrawn': thoughts.thoughtWithdrawn,
  'thought.pinned': thoughts.thoughtPinned,
  'thought.themed': thoughts.thoughtThemed,
  'thought.published': thoughts.thoughtPublished,
  'thought.unpublished': thoughts.thoughtUnpublished,
  'theme.created': themeCreated,
  'theme.renamed': themeRenamed,
  'theme.merged': themeMerged,
  'theme.deleted': themeDeleted,
  'vote.opened': voteOpened,
  'vote.allocated': voteAllocated,
  'vote.closed': voteClosed,
  'vote.revealed': voteRevealed,
  'vote.tallied': voteTallied,
  'turn.requested': turns.turnRequested,
  'turn.withdrawn': turns.turnWithdrawn,
  'turn.queueReordered': turns.turnQueueReordered,
  'turn.started': turns.turnStarted,
  'turn.ended': turns.turnEnded,
  'turn.announced': turns.turnAnnounced,
  'turn.invited': turns.turnInvited,
  'turn.queueCleared': turns.turnQueueCleared,
  'turn.queueShown': turns.turnQueueShown,
  'turn.limitSet': turns.turnLimitSet,
  'summary.backgroundSet': summaryBackgroundSet,
  'summary.textSet': summaryTextSet,
  'summary.itemExcluded': summaryItemExcluded,
  'summary.ordered': summaryOrdered,
  'summary.fundingMarkSet': summaryFundingMarkSet,
  'summary.snapshot': (s) => s,
  'summary.published': summaryPublished,
  'group.created': groups.groupCreated,
  'group.formed': groups.groupFormed,
  'group.renamed': groups.groupRenamed,
  'group.deleted': groups.groupDeleted,
  'participant.grouped': groups.participantGrouped,
  'group.caughtUp': groups.groupCaughtUp,
  'group.chairSet': groups.groupChairSet,
  'soloThought.written': groups.soloThoughtWritten,
  'soloThought.withdrawn': groups.soloThoughtWithdrawn,
  'group.presented': groups.groupPresented,
  'soloThought.revealed': groups.soloThoughtRevealed,
  'point.added': groups.pointAdded,
  'point.edited': groups.pointEdited,
  'point.merged': groups.pointMerged,
  'point.deleted': groups.pointDeleted,
  'points.ordered': groups.pointsOrdered,
  'groupVote.opened': groups.groupVoteOpened,
  'groupVote.allocated': groups.groupVoteAllocated,
  'groupVote.closed': groups.groupVoteClosed,
  'group.recordDrafted': groups.groupRecordDrafted,
  'group.returned': groups.groupReturned,
  'soloThought.counted': groupPace.soloThoughtCounted,
  'group.stepSet': groupPace.groupStepSet,
  'group.timeGiven': groupPace.groupTimeGiven,
  'group.chairAway': groupPace.groupChairAway,
  'group.shown': groupPace.groupShown,
  'goal.tagged': goals.goalTagged,
  'goalRating.opened': goals.goalRatingOpened,
  'goalRating.closed': goals.goalRatingClosed,
  'goal.rated': goals.goalRated,
  'goalRating.tallied': goals.goalRatingTallied,
};

/** Folds one event; the caller has set what may be changed in place (see reducers/owned.ts). */
const fold = (state: SessionState | null, event: SessionEvent): SessionState => {
  if (state === null && event.type !== 'session.created') throw new Error(`event ${event.type} before session.created`);
  const s = state === null ? (null as never) : { ...state, seq: event.seq };
  if (!Object.hasOwn(folds, event.type)) throw new Error(`unhandled event ${JSON.stringify(event)}`);
  return (folds[event.type] as Fold<EventType>)(s, event as never);
};

/** The one pure reducer: folds an event into session state. Unknown participants are ignored. */
export const reduce = (state: SessionState | null, event: SessionEvent): SessionState =>
  withOwned(new WeakSet(), () => fold(state, event));

/**
 * Folds a list of events, skipping any already folded (sequence number not newer). Each collection is
 * copied at most once for the whole list, however many events change it.
 */
export const reduceAll = (state: SessionState | null, events: readonly SessionEvent[]): SessionState | null =>
  withOwned(new WeakSet(), () =>
    events.reduce<SessionState | null>((acc, e) => (acc && e.seq <= acc.seq ? acc : fold(acc, e)), state),
  );

/**
 * The one holder of a state that nobody else keeps (a server's live session): folds each event at a
 * cost that does not grow with the session, as it changes in place what it copied once. A state it
 * returned earlier may change afterwards: call `release()` before keeping one (to roll back to it).
 */
export class StateOwner {
  private owned = new WeakSet<object>();

  apply(state: SessionState | null, event: SessionEvent): SessionState {
    return withOwned(this.owned, () => fold(state, event));
  }

  applyAll(state: SessionState | null, events: readonly SessionEvent[]): SessionState | null {
    return withOwned(this.owned, () =>
      events.reduce<SessionState | null>((acc, e) => (acc && e.seq <= acc.seq ? acc : fold(acc, e)), state),
    );
  }

  /** From now on the states returned so far stay as they are: the next change copies again. */
  release(): void {
    this.owned = new WeakSet();
  }
}

/**
 * The one holder of a client's live view (its store): folds in place as `StateOwner` does, so a message costs
 * what it changes, not what the session holds; and every collection it changes gets a new identity (a Proxy
 * over the same storage, made at constant cost) so a reader comparing identities, as React's selectors do,
 * sees the change. Unlike the immutable `reduceAll`, a view returned earlier reads the newer entries too:
 * only the newest view means anything (the client's store keeps no other).
 */
export class ViewOwner {
  private readonly owned = new WeakSet<object>();

  applyAll(state: SessionState | null, events: readonly SessionEvent[]): SessionState | null {
    return withOwned(
      this.owned,
      () => events.reduce<SessionState | null>((acc, e) => (acc && e.seq <= acc.seq ? acc : fold(acc, e)), state),
      true,
    );
  }
}
