import { emptyGoalRating } from '../goals.js';
import { defaultCaptureSettings } from '../capture.js';
import { emptyGroups } from '../groups.js';
import { defaultProjector, momentaryModes } from '../projector.js';
import type { SessionState } from '../state.js';
import { emptySummaryDraft } from '../summaryDraft.js';
import { elapsedMs, extendTimer, pauseTimer, resumeTimer, startTimer } from '../timer.js';
import { emptyTurns } from '../turns.js';
import { append, patch, put } from './owned.js';
import type { Fold } from './types.js';

/** A new session's state; the event replaces whatever was there. */
export const sessionCreated: Fold<'session.created'> = (_s, event) => ({
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
  goalTags: {},
  goalRating: emptyGoalRating,
});

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

export const setupUpdated: Fold<'session.setupUpdated'> = (s, event) => {
  const currentId = s.currentPhase === null ? null : s.setup.phases[s.currentPhase]?.id;
  const phases = event.data.setup.phases;
  const moved = currentId ? phases.findIndex((p) => p.id === currentId) : -1;
  return { ...s, setup: event.data.setup, currentPhase: moved >= 0 ? moved : s.currentPhase };
};

export const joiningSet: Fold<'joining.set'> = (s, event) => ({ ...s, joiningOpen: event.data.open });

export const participantJoined: Fold<'participant.joined'> = (s, event) => {
  const p = event.data.participant;
  if (s.participants[p.id]) return s;
  return {
    ...s,
    participants: put(s.participants, p.id, { ...p, circle: null, joinedAt: event.at }),
    participantOrder: append(s.participantOrder, p.id),
  };
};

export const participantSeated: Fold<'participant.seated'> = (s, event) => ({
  ...s,
  participants: patch(s.participants, event.data.participantId, (p) => ({ ...p, circle: event.data.circle })),
});

export const phaseEntered: Fold<'phase.entered'> = (s, event) => {
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
};

export const timerPaused: Fold<'timer.paused'> = (s, event) =>
  s.timer ? { ...s, timer: pauseTimer(s.timer, event.at) } : s;

export const timerStarted: Fold<'timer.started'> = (s, event) =>
  s.timer ? { ...s, timer: resumeTimer(s.timer, event.at) } : s;

export const timerExtended: Fold<'timer.extended'> = (s, event) =>
  s.timer ? { ...s, timer: extendTimer(s.timer, event.data.ms) } : s;

export const sessionEnded: Fold<'session.ended'> = (s, event) => ({
  ...closePhase(s, event.at),
  status: 'ended',
  joiningOpen: false,
  endedAt: event.at,
});

export const settingsUpdated: Fold<'settings.updated'> = (s, event) => ({ ...s, settings: event.data.settings });

export const screenShown: Fold<'screen.shown'> = (s, event) => ({ ...s, projector: event.data.projector });

export const retentionSet: Fold<'session.retentionSet'> = (s, event) => ({ ...s, retentionDays: event.data.days });
