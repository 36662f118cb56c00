import { defaultCaptureSettings } from './capture.js';
import type { SessionEvent } from './events.js';
import { noteAdded, noteDeleted, noteEdited, noteMoved, noteThemed } from './reducers/notes.js';
import { themeCreated, themeDeleted, themeMerged, themeRenamed } from './reducers/themes.js';
import {
  thoughtModerated,
  thoughtPinned,
  thoughtPublished,
  thoughtSubmitted,
  thoughtThemed,
  thoughtUnpublished,
  thoughtWithdrawn,
} from './reducers/thoughts.js';
import {
  turnAnnounced,
  turnEnded,
  turnInvited,
  turnLimitSet,
  turnQueueCleared,
  turnQueueShown,
  turnQueueReordered,
  turnRequested,
  turnStarted,
  turnWithdrawn,
} from './reducers/turns.js';
import { emptyGroups } from './groups.js';
import * as groupPace from './reducers/groupPace.js';
import * as groups from './reducers/groups.js';
import { emptySummaryDraft } from './summaryDraft.js';
import { emptyTurns } from './turns.js';
import {
  summaryBackgroundSet,
  summaryItemExcluded,
  summaryOrdered,
  summaryPublished,
  summaryTextSet,
} from './reducers/summary.js';
import { voteAllocated, voteClosed, voteOpened, voteRevealed, voteTallied } from './reducers/votes.js';
import { defaultProjector, momentaryModes } from './projector.js';
import type { SessionState } from './state.js';
import { elapsedMs, extendTimer, pauseTimer, resumeTimer, startTimer } from './timer.js';

const assertNever = (x: never): never => {
  throw new Error(`unhandled event ${JSON.stringify(x)}`);
};

/** Closes the running phase's timer into the timeline. */
const closePhase = (state: SessionState, at: number): SessionState => {
  if (state.currentPhase === null || state.timer === null) return state;
  const phase = state.setup.phases[state.currentPhase];
  if (!phase) return state;
  const prior = state.actualMsByPhase[phase.id] ?? 0;
  return {
    ...state,
    timer: null,
    actualMsByPhase: { ...state.actualMsByPhase, [phase.id]: prior + elapsedMs(state.timer, at) },
  };
};

/** The one pure reducer: folds an event into session state. Unknown participants are ignored. */
export const reduce = (state: SessionState | null, event: SessionEvent): SessionState => {
  if (event.type === 'session.created') {
    return {
      seq: event.seq,
      setup: event.data.setup,
      joinCode: event.data.joinCode,
      joiningOpen: true,
      status: 'lobby',
      participants: {},
      participantOrder: [],
      currentPhase: null,
      timer: null,
      actualMsByPhase: {},
      startedAt: null,
      endedAt: null,
      settings: defaultCaptureSettings,
      notes: {},
      thoughts: {},
      publicThoughts: {},
      themes: {},
      votes: {},
      turns: emptyTurns,
      turnSoftLimitSeconds: null,
      summary: emptySummaryDraft,
      retentionDays: null,
      groups: emptyGroups,
      projector: defaultProjector,
    };
  }
  if (state === null) throw new Error(`event ${event.type} before session.created`);
  const s: SessionState = { ...state, seq: event.seq };
  switch (event.type) {
    case 'session.setupUpdated': {
      const currentId = s.currentPhase === null ? null : s.setup.phases[s.currentPhase]?.id;
      const phases = event.data.setup.phases;
      const moved = currentId ? phases.findIndex((p) => p.id === currentId) : -1;
      return { ...s, setup: event.data.setup, currentPhase: moved >= 0 ? moved : s.currentPhase };
    }
    case 'joining.set':
      return { ...s, joiningOpen: event.data.open };
    case 'participant.joined': {
      const p = event.data.participant;
      if (s.participants[p.id]) return s;
      return {
        ...s,
        participants: { ...s.participants, [p.id]: { ...p, circle: null, joinedAt: event.at } },
        participantOrder: [...s.participantOrder, p.id],
      };
    }
    case 'participant.seated': {
      const p = s.participants[event.data.participantId];
      if (!p) return s;
      return { ...s, participants: { ...s.participants, [p.id]: { ...p, circle: event.data.circle } } };
    }
    case 'phase.entered': {
      const closed = closePhase(s, event.at);
      const phase = closed.setup.phases[event.data.index];
      if (!phase) return closed;
      return {
        ...closed,
        status: 'running',
        startedAt: closed.startedAt ?? event.at,
        currentPhase: event.data.index,
        timer: startTimer(phase.plannedMinutes * 60_000, event.at),
        projector: momentaryModes.includes(closed.projector.mode)
          ? { ...closed.projector, mode: 'phase', voteId: null }
          : closed.projector,
        // "Your request was cleared" belongs to the phase change that cleared it (`turn.queueCleared` follows).
        turns: s.turns.clearedByPhase ? { ...closed.turns, clearedByPhase: false } : closed.turns,
      };
    }
    case 'timer.paused':
      return s.timer ? { ...s, timer: pauseTimer(s.timer, event.at) } : s;
    case 'timer.started':
      return s.timer ? { ...s, timer: resumeTimer(s.timer, event.at) } : s;
    case 'timer.extended':
      return s.timer ? { ...s, timer: extendTimer(s.timer, event.data.ms) } : s;
    case 'session.ended':
      return { ...closePhase(s, event.at), status: 'ended', joiningOpen: false, endedAt: event.at };
    case 'settings.updated':
      return { ...s, settings: event.data.settings };
    case 'screen.shown':
      return { ...s, projector: event.data.projector };
    case 'session.retentionSet':
      return { ...s, retentionDays: event.data.days };
    case 'note.added':
      return noteAdded(s, event);
    case 'note.edited':
      return noteEdited(s, event);
    case 'note.moved':
      return noteMoved(s, event);
    case 'note.deleted':
      return noteDeleted(s, event);
    case 'note.themed':
      return noteThemed(s, event);
    case 'thought.submitted':
      return thoughtSubmitted(s, event);
    case 'thought.moderated':
      return thoughtModerated(s, event);
    case 'thought.withdrawn':
      return thoughtWithdrawn(s, event);
    case 'thought.pinned':
      return thoughtPinned(s, event);
    case 'thought.themed':
      return thoughtThemed(s, event);
    case 'thought.published':
      return thoughtPublished(s, event);
    case 'thought.unpublished':
      return thoughtUnpublished(s, event);
    case 'theme.created':
      return themeCreated(s, event);
    case 'theme.renamed':
      return themeRenamed(s, event);
    case 'theme.merged':
      return themeMerged(s, event);
    case 'theme.deleted':
      return themeDeleted(s, event);
    case 'vote.opened':
      return voteOpened(s, event);
    case 'vote.allocated':
      return voteAllocated(s, event);
    case 'vote.closed':
      return voteClosed(s, event);
    case 'vote.revealed':
      return voteRevealed(s, event);
    case 'vote.tallied':
      return voteTallied(s, event);
    case 'turn.requested':
      return turnRequested(s, event);
    case 'turn.withdrawn':
      return turnWithdrawn(s, event);
    case 'turn.queueReordered':
      return turnQueueReordered(s, event);
    case 'turn.started':
      return turnStarted(s, event);
    case 'turn.ended':
      return turnEnded(s, event);
    case 'turn.announced':
      return turnAnnounced(s, event);
    case 'turn.invited':
      return turnInvited(s, event);
    case 'turn.queueCleared':
      return turnQueueCleared(s, event);
    case 'turn.queueShown':
      return turnQueueShown(s, event);
    case 'turn.limitSet':
      return turnLimitSet(s, event);
    case 'summary.backgroundSet':
      return summaryBackgroundSet(s, event);
    case 'summary.textSet':
      return summaryTextSet(s, event);
    case 'summary.itemExcluded':
      return summaryItemExcluded(s, event);
    case 'summary.ordered':
      return summaryOrdered(s, event);
    case 'summary.snapshot':
      return s;
    case 'summary.published':
      return summaryPublished(s, event);
    case 'group.created':
      return groups.groupCreated(s, event);
    case 'group.formed':
      return groups.groupFormed(s, event);
    case 'group.renamed':
      return groups.groupRenamed(s, event);
    case 'group.deleted':
      return groups.groupDeleted(s, event);
    case 'participant.grouped':
      return groups.participantGrouped(s, event);
    case 'group.caughtUp':
      return groups.groupCaughtUp(s, event);
    case 'group.chairSet':
      return groups.groupChairSet(s, event);
    case 'soloThought.written':
      return groups.soloThoughtWritten(s, event);
    case 'soloThought.withdrawn':
      return groups.soloThoughtWithdrawn(s, event);
    case 'group.presented':
      return groups.groupPresented(s, event);
    case 'soloThought.revealed':
      return groups.soloThoughtRevealed(s, event);
    case 'point.added':
      return groups.pointAdded(s, event);
    case 'point.edited':
      return groups.pointEdited(s, event);
    case 'point.merged':
      return groups.pointMerged(s, event);
    case 'point.deleted':
      return groups.pointDeleted(s, event);
    case 'points.ordered':
      return groups.pointsOrdered(s, event);
    case 'groupVote.opened':
      return groups.groupVoteOpened(s, event);
    case 'groupVote.allocated':
      return groups.groupVoteAllocated(s, event);
    case 'groupVote.closed':
      return groups.groupVoteClosed(s, event);
    case 'group.recordDrafted':
      return groups.groupRecordDrafted(s, event);
    case 'group.returned':
      return groups.groupReturned(s, event);
    case 'soloThought.counted':
      return groupPace.soloThoughtCounted(s, event);
    case 'group.stepSet':
      return groupPace.groupStepSet(s, event);
    case 'group.timeGiven':
      return groupPace.groupTimeGiven(s, event);
    case 'group.chairAway':
      return groupPace.groupChairAway(s, event);
    case 'group.shown':
      return groupPace.groupShown(s, event);
    default:
      return assertNever(event);
  }
};

/** Folds a list of events, skipping any already folded (sequence number not newer). */
export const reduceAll = (state: SessionState | null, events: readonly SessionEvent[]): SessionState | null =>
  events.reduce<SessionState | null>((acc, e) => (acc && e.seq <= acc.seq ? acc : reduce(acc, e)), state);
