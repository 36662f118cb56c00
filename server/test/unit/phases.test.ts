import { defaultAquariumSetup, ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, scribe, Story } from '../kit/decide.js';

const lobby = () => Story.aquarium().join('p1');
const running = () => lobby().run('session:start');
/** Phase 2 with p1 waiting for a turn (seated in the speaking outer circle). */
const second = () =>
  running()
    .run('participant:seat', { participantId: 'p1', circle: 'outer' })
    .run('phase:next', { expectedIndex: 0 })
    .run('turn:request', { emptyChair: false }, phone('p1'));
const last = () => {
  const s = running();
  for (let i = 0; i < s.state.setup.phases.length - 1; i++) s.run('phase:next', { expectedIndex: i });
  return s;
};
const paused = () => running().run('timer:pause', {}, scribe);
const ended = () => running().run('session:end');

const cases = [
  row('the facilitator starts the session', lobby, 'session:start').accepts('phase.entered'),
  row('a session starts only once', running, 'session:start').refuses(ErrorCode.InvalidState),
  row('the scribe cannot start the session', lobby, 'session:start', {}, scribe).refuses(ErrorCode.Forbidden),
  row('the next phase', running, 'phase:next', { expectedIndex: 0 }).accepts('phase.entered'),
  row('a second press of next by the co-facilitator is stale', running, 'phase:next', { expectedIndex: -1 }).refuses(
    ErrorCode.Stale,
  ),
  row('no next phase after the last', last, 'phase:next', { expectedIndex: 4 }).refuses(ErrorCode.InvalidState),
  row('no next phase before the start', lobby, 'phase:next', { expectedIndex: -1 }).refuses(ErrorCode.InvalidState),
  row('no next phase after the end', ended, 'phase:next', { expectedIndex: 0 }).refuses(ErrorCode.InvalidState),
  row('a phase change clears waiting requests by default', second, 'phase:next', { expectedIndex: 1 }).accepts(
    'phase.entered',
    'turn.queueCleared',
    'turn.queueShown',
  ),
  row(
    'the queue is kept when the facilitator says so',
    () => second().run('settings:update', { queueAtPhaseChange: 'keep' }),
    'phase:next',
    { expectedIndex: 1 },
  ).accepts('phase.entered'),
  row('back to the previous phase', second, 'phase:previous', { expectedIndex: 1 }).accepts(
    'phase.entered',
    'turn.queueCleared',
    'turn.queueShown',
  ),
  row('no phase before the first', running, 'phase:previous', { expectedIndex: 0 }).refuses(ErrorCode.InvalidState),
  row('a stale previous is refused', second, 'phase:previous', { expectedIndex: 0 }).refuses(ErrorCode.Stale),
  row('the scribe cannot move phases', running, 'phase:next', { expectedIndex: 0 }, scribe).refuses(
    ErrorCode.Forbidden,
  ),
  row('the scribe pauses the timer', running, 'timer:pause', {}, scribe).accepts('timer.paused'),
  row('pausing a paused timer changes nothing', paused, 'timer:pause', {}, scribe).accepts(),
  row('the scribe starts a paused timer', paused, 'timer:start', {}, scribe).accepts('timer.started'),
  row('starting a running timer changes nothing', running, 'timer:start', {}, scribe).accepts(),
  row('the scribe gives more minutes', running, 'timer:extend', { minutes: 5 }, scribe).accepts('timer.extended'),
  row('zero minutes is refused by the schema', running, 'timer:extend', { minutes: 0 }, scribe).refuses(
    ErrorCode.InvalidPayload,
  ),
  row('no timer before the start', lobby, 'timer:start', {}, scribe).refuses(ErrorCode.InvalidState),
  row('no timer after the end', ended, 'timer:extend', { minutes: 1 }).refuses(ErrorCode.InvalidState),
  row('a participant cannot touch the timer', running, 'timer:pause', {}, phone('p1')).refuses(ErrorCode.Forbidden),
  row('a small-group command is refused in an aquarium', running, 'group:claimChair', {}, phone('p1')).refuses(
    ErrorCode.InvalidState,
  ),
];

describe('phase and timer handlers', () => {
  it.each(cases)('$name', (c) => check(c));

  it('keeps the time a phase really took', () => {
    const s = running().later(90_000).run('phase:next', { expectedIndex: 0 });
    const first = defaultAquariumSetup('fi').phases[0]!.id;
    expect(s.state.actualMsByPhase[first]).toBe(90_000);
    expect(s.state.currentPhase).toBe(1);
  });
});
