import { ErrorCode, newEvent, type AppError, type SessionState } from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';
import { queueAtPhaseChangeEvents } from '../turns/handlers.js';

const notRunning = (s: SessionState): AppError | null =>
  s.status !== 'running' ? { code: ErrorCode.InvalidState, message: 'the session is not running' } : null;

/** A facilitator's view of the current phase is out of date: someone else already moved it. */
const stale = (s: SessionState, expectedIndex: number): AppError | null =>
  (s.currentPhase ?? -1) !== expectedIndex
    ? { code: ErrorCode.Stale, message: `the current phase is ${(s.currentPhase ?? -1) + 1}, not ${expectedIndex + 1}` }
    : null;

type PhaseCommands = 'session:start' | 'phase:next' | 'phase:previous' | 'timer:start' | 'timer:pause' | 'timer:extend';

/** Running the plan: start, move between phases, and the phase timer. */
export const phaseHandlers: HandlerGroup<PhaseCommands> = {
  'session:start': (state) => {
    if (state.status !== 'lobby') return { code: ErrorCode.InvalidState, message: 'the session has already started' };
    return [newEvent('phase.entered', { index: 0 })];
  },
  'phase:next': (state, { expectedIndex }) => {
    const err = notRunning(state) ?? stale(state, expectedIndex);
    if (err) return err;
    const next = (state.currentPhase ?? -1) + 1;
    if (next >= state.setup.phases.length) {
      return { code: ErrorCode.InvalidState, message: 'this is the last phase; end the session instead' };
    }
    return [newEvent('phase.entered', { index: next }), ...queueAtPhaseChangeEvents(state)];
  },
  'phase:previous': (state, { expectedIndex }) => {
    const err = notRunning(state) ?? stale(state, expectedIndex);
    if (err) return err;
    const previous = (state.currentPhase ?? 0) - 1;
    if (previous < 0) return { code: ErrorCode.InvalidState, message: 'this is the first phase' };
    return [newEvent('phase.entered', { index: previous }), ...queueAtPhaseChangeEvents(state)];
  },
  'timer:start': (state) => {
    const err = notRunning(state);
    if (err) return err;
    return state.timer?.runningSince === null ? [newEvent('timer.started', {})] : [];
  },
  'timer:pause': (state) => {
    const err = notRunning(state);
    if (err) return err;
    return state.timer && state.timer.runningSince !== null ? [newEvent('timer.paused', {})] : [];
  },
  'timer:extend': (state, { minutes }) => {
    const err = notRunning(state);
    if (err) return err;
    return [newEvent('timer.extended', { ms: minutes * 60_000 })];
  },
};
