import { defaultAquariumSetup, defaultSmallGroupSetup, ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { expected, phone, scribe, screen, Story, type Case } from '../kit/decide.js';

const setup = { ...defaultAquariumSetup('fi'), title: 'Arviointi' };
const lobby = () => Story.aquarium().join('p1', 'g1').join('p2', 'g2').join('p3', 'g1').join('p4', 'g2');
const running = () => lobby().run('session:start');
const ended = () => running().run('session:end');
const published = () => ended().run('summary:publish');
const withVote = () =>
  running()
    .run('theme:create', { themeId: 'th1', questionId: 'q1', name: 'Teema' })
    .run('vote:open', { voteId: 'v1', questionId: 'q1', targetKind: 'theme', dots: 3 });
const withNote = () => running().run('note:add', { noteId: 'n1', text: 'Muistiinpano', questionId: 'q1' }, scribe);

const cases: Case[] = [
  // session:updateSetup, joining:set, settings, retention, end
  {
    name: 'the setup is edited',
    given: lobby,
    command: 'session:updateSetup',
    payload: { setup: { ...setup, title: 'Uusi' } },
    events: ['session.setupUpdated'],
  },
  {
    name: 'the method cannot change',
    given: lobby,
    command: 'session:updateSetup',
    payload: { setup: { ...defaultSmallGroupSetup('fi'), title: 'X' } },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the running phase cannot be removed',
    given: running,
    command: 'session:updateSetup',
    payload: { setup: { ...setup, phases: setup.phases.slice(1) } },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a stakeholder group with people cannot be removed',
    given: lobby,
    command: 'session:updateSetup',
    payload: { setup: { ...setup, stakeholderGroups: setup.stakeholderGroups.slice(1) } },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'no setup edits after the end',
    given: ended,
    command: 'session:updateSetup',
    payload: { setup },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'the scribe cannot edit the setup',
    given: lobby,
    command: 'session:updateSetup',
    payload: { setup },
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'joining is closed',
    given: lobby,
    command: 'joining:set',
    payload: { open: false },
    events: ['joining.set'],
  },
  {
    name: 'closing it again changes nothing',
    given: () => lobby().run('joining:set', { open: false }),
    command: 'joining:set',
    payload: { open: false },
    events: [],
  },
  {
    name: 'joining cannot be opened after the end',
    given: ended,
    command: 'joining:set',
    payload: { open: true },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'a setting changes',
    given: lobby,
    command: 'settings:update',
    payload: { thoughtsNeedApproval: false },
    events: ['settings.updated'],
  },
  {
    name: 'the same settings change nothing',
    given: lobby,
    command: 'settings:update',
    payload: { thoughtsNeedApproval: true },
    events: [],
  },
  {
    name: 'retention days are set',
    given: ended,
    command: 'session:setRetention',
    payload: { days: 7 },
    events: ['session.retentionSet'],
  },
  {
    name: 'more than a year is refused',
    given: ended,
    command: 'session:setRetention',
    payload: { days: 400 },
    refused: ErrorCode.InvalidPayload,
  },
  { name: 'the session ends', given: running, command: 'session:end', events: ['session.ended'] },
  {
    name: 'ending during a turn ends the turn',
    given: () => running().run('turn:grant', { stakeholderGroupId: 'g1' }),
    command: 'session:end',
    events: ['turn.ended', 'turn.announced', 'session.ended'],
  },
  { name: 'a session ends only once', given: ended, command: 'session:end', refused: ErrorCode.InvalidState },
  {
    name: 'the projector cannot end the session',
    given: running,
    command: 'session:end',
    by: screen,
    refused: ErrorCode.Forbidden,
  },
  // participant:seat, circles:balance
  {
    name: 'a participant is seated',
    given: lobby,
    command: 'participant:seat',
    payload: { participantId: 'p1', circle: 'inner' },
    events: ['participant.seated'],
  },
  {
    name: 'the same seat again changes nothing',
    given: () => lobby().run('participant:seat', { participantId: 'p1', circle: 'inner' }),
    command: 'participant:seat',
    payload: { participantId: 'p1', circle: 'inner' },
    events: [],
  },
  {
    name: 'seating an unknown participant is refused',
    given: lobby,
    command: 'participant:seat',
    payload: { participantId: 'p9', circle: 'inner' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'no seating after the end',
    given: ended,
    command: 'participant:seat',
    payload: { participantId: 'p1', circle: 'outer' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'balancing seats everyone',
    given: lobby,
    command: 'circles:balance',
    events: Array(4).fill('participant.seated'),
  },
  {
    name: 'balancing balanced circles changes nothing',
    given: () => lobby().run('circles:balance'),
    command: 'circles:balance',
    events: [],
  },
  { name: 'no balancing after the end', given: ended, command: 'circles:balance', refused: ErrorCode.InvalidState },
  // screen:show
  {
    name: 'the projector shows the join code',
    given: running,
    command: 'screen:show',
    payload: { mode: 'joinCode' },
    events: ['screen.shown'],
  },
  {
    name: 'the mode shown already changes nothing',
    given: running,
    command: 'screen:show',
    payload: { mode: 'phase' },
    events: [],
  },
  {
    name: 'the open vote is shown',
    given: withVote,
    command: 'screen:show',
    payload: { mode: 'vote' },
    events: ['screen.shown'],
  },
  {
    name: 'no vote to show',
    given: running,
    command: 'screen:show',
    payload: { mode: 'vote' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: 'an unknown vote is not found',
    given: withVote,
    command: 'screen:show',
    payload: { mode: 'vote', voteId: 'v9' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'results are shown only once revealed',
    given: withVote,
    command: 'screen:show',
    payload: { mode: 'results', voteId: 'v1' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: "the summary's QR only once published",
    given: ended,
    command: 'screen:show',
    payload: { mode: 'summaryQr' },
    refused: ErrorCode.InvalidState,
  },
  {
    name: "the published summary's QR",
    given: published,
    command: 'screen:show',
    payload: { mode: 'summaryQr' },
    events: ['screen.shown'],
  },
  {
    name: 'the scribe cannot change the projector',
    given: running,
    command: 'screen:show',
    payload: { mode: 'blank' },
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  // summary:*
  {
    name: 'the background is set',
    given: ended,
    command: 'summary:setBackground',
    payload: { background: { goals: 'a', developmentThemes: 'b', activities: 'c' } },
    events: ['summary.backgroundSet'],
  },
  {
    name: 'a summary text is set',
    given: ended,
    command: 'summary:setText',
    payload: { key: 'closingView', text: 'Loppusanat' },
    events: ['summary.textSet'],
  },
  {
    name: 'the same text again changes nothing',
    given: () => ended().run('summary:setText', { key: 'closingView', text: 'X' }),
    command: 'summary:setText',
    payload: { key: 'closingView', text: 'X' },
    events: [],
  },
  {
    name: "an unknown question's text is refused",
    given: ended,
    command: 'summary:setText',
    payload: { key: 'question:q9', text: 'X' },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a note is left out of the summary',
    given: withNote,
    command: 'summary:exclude',
    payload: { itemId: 'n1', excluded: true },
    events: ['summary.itemExcluded'],
  },
  {
    name: 'leaving out an unknown item is refused',
    given: withNote,
    command: 'summary:exclude',
    payload: { itemId: 'n9', excluded: true },
    refused: ErrorCode.NotFound,
  },
  {
    name: "a question's items are ordered",
    given: withNote,
    command: 'summary:order',
    payload: { scope: 'q:q1', itemIds: ['n1'] },
    events: ['summary.ordered'],
  },
  {
    name: 'an unknown scope is refused',
    given: withNote,
    command: 'summary:order',
    payload: { scope: 'q:q9', itemIds: [] },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'the summary is published after the end',
    given: ended,
    command: 'summary:publish',
    events: ['summary.snapshot', 'summary.published'],
  },
  { name: 'not before the end', given: running, command: 'summary:publish', refused: ErrorCode.InvalidState },
  {
    name: 'the scribe cannot publish',
    given: ended,
    command: 'summary:publish',
    by: scribe,
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a participant cannot edit the summary',
    given: ended,
    command: 'summary:setText',
    payload: { key: 'closingView', text: 'X' },
    by: phone('p1'),
    refused: ErrorCode.Forbidden,
  },
];

describe('session, seating, projector and summary handlers', () => {
  it.each(cases)('$name', (c) => {
    expect(c.given().decide(c.command, c.payload, c.by)).toEqual(expected(c));
  });

  it('balances the circles by stakeholder group', () => {
    const s = lobby().run('circles:balance');
    const inner = Object.values(s.state.participants).filter((p) => p.circle === 'inner');
    expect(inner).toHaveLength(2);
    expect(new Set(inner.map((p) => p.stakeholderGroupId)).size).toBe(2);
  });

  it('numbers published versions', () => {
    const s = published().run('summary:publish');
    expect(s.state.summary.versions.map((v) => v.version)).toEqual([1, 2]);
  });
});
