import { defaultAquariumSetup, ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, phone, scribe, Story, type Case } from '../kit/decide.js';

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

const cases: Case[] = [
  { name: 'the facilitator starts the session', given: lobby, command: 'session:start', events: ['phase.entered'] },
  { name: 'a session starts only once', given: running, command: 'session:start', refused: ErrorCode.InvalidState },
  {
    name: 'the scribe cannot start the session',
    given: lobby,
    command: 'session:start',
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the next phase',
    given: running,
    command: 'phase:next',
    payload: { expectedIndex: 0 },
    events: ['phase.entered'],
  },
  {
    name: 'a second press of next by the co-facilitator is stale',
    given: running,
    command: 'phase:next',
    payload: { expectedIndex: -1 },
    refused: ErrorCode.Stale,
  },
  {
    name: 'no next phase after the last',
    given: last,
    command: 'phase:next',
    payload: { expectedIndex: 4 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no next phase before the start',
    given: lobby,
    command: 'phase:next',
    payload: { expectedIndex: -1 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no next phase after the end',
    given: ended,
    command: 'phase:next',
    payload: { expectedIndex: 0 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a phase change clears waiting requests by default',
    given: second,
    command: 'phase:next',
    payload: { expectedIndex: 1 },
    events: ['phase.entered', 'turn.queueCleared', 'turn.queueShown'],
  },
  {
    name: 'the queue is kept when the facilitator says so',
    given: () => second().run('settings:update', { queueAtPhaseChange: 'keep' }),
    command: 'phase:next',
    payload: { expectedIndex: 1 },
    events: ['phase.entered'],
  },
  {
    name: 'back to the previous phase',
    given: second,
    command: 'phase:previous',
    payload: { expectedIndex: 1 },
    events: ['phase.entered', 'turn.queueCleared', 'turn.queueShown'],
  },
  {
    name: 'no phase before the first',
    given: running,
    command: 'phase:previous',
    payload: { expectedIndex: 0 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a stale previous is refused',
    given: second,
    command: 'phase:previous',
    payload: { expectedIndex: 0 },
    refused: ErrorCode.Stale,
  },
  {
    name: 'the scribe cannot move phases',
    given: running,
    command: 'phase:next',
    payload: { expectedIndex: 0 },
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  { name: 'the scribe pauses the timer', given: running, command: 'timer:pause', by: scribe, events: ['timer.paused'] },
  { name: 'pausing a paused timer changes nothing', given: paused, command: 'timer:pause', by: scribe, events: [] },
  {
    name: 'the scribe starts a paused timer',
    given: paused,
    command: 'timer:start',
    by: scribe,
    events: ['timer.started'],
  },
  { name: 'starting a running timer changes nothing', given: running, command: 'timer:start', by: scribe, events: [] },
  {
    name: 'the scribe gives more minutes',
    given: running,
    command: 'timer:extend',
    payload: { minutes: 5 },
    by: scribe,
    events: ['timer.extended'],
  },
  {
    name: 'zero minutes is refused by the schema',
    given: running,
    command: 'timer:extend',
    payload: { minutes: 0 },
    by: scribe,
    refused: ErrorCode.InvalidPayload,
  },
  {
    name: 'no timer before the start',
    given: lobby,
    command: 'timer:start',
    by: scribe,
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no timer after the end',
    given: ended,
    command: 'timer:extend',
    payload: { minutes: 1 },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a participant cannot touch the timer',
    given: running,
    command: 'timer:pause',
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a small-group command is refused in an aquarium',
    given: running,
    command: 'group:claimChair',
    by: phone('p1'),
    refused: ErrorCode.InvalidState,
  },
];

describe('phase and timer handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('keeps the time a phase really took', () => {
    const s = running().later(90_000).run('phase:next', { expectedIndex: 0 });
    const first = defaultAquariumSetup('fi').phases[0]!.id;
    expect(s.state.actualMsByPhase[first]).toBe(90_000);
    expect(s.state.currentPhase).toBe(1);
  });
});
