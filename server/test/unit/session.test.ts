import { defaultAquariumSetup, defaultSmallGroupSetup, ErrorCode } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { check, phone, row, screen, scribe, Story } from '../kit/decide.js';

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

const cases = [
  // session:updateSetup, joining:set, settings, retention, end
  row('the setup is edited', lobby, 'session:updateSetup', { setup: { ...setup, title: 'Uusi' } }).accepts(
    'session.setupUpdated',
  ),
  row('the method cannot change', lobby, 'session:updateSetup', {
    setup: { ...defaultSmallGroupSetup('fi'), title: 'X' },
  }).refuses(ErrorCode.InvalidState),
  row('the running phase cannot be removed', running, 'session:updateSetup', {
    setup: { ...setup, phases: setup.phases.slice(1) },
  }).refuses(ErrorCode.InvalidState),
  row('a stakeholder group with people cannot be removed', lobby, 'session:updateSetup', {
    setup: { ...setup, stakeholderGroups: setup.stakeholderGroups.slice(1) },
  }).refuses(ErrorCode.InvalidState),
  row('no setup edits after the end', ended, 'session:updateSetup', { setup }).refuses(ErrorCode.InvalidState),
  row('the scribe cannot edit the setup', lobby, 'session:updateSetup', { setup }, scribe).refuses(ErrorCode.Forbidden),
  row('joining is closed', lobby, 'joining:set', { open: false }).accepts('joining.set'),
  row('closing it again changes nothing', () => lobby().run('joining:set', { open: false }), 'joining:set', {
    open: false,
  }).accepts(),
  row('joining cannot be opened after the end', ended, 'joining:set', { open: true }).refuses(ErrorCode.InvalidState),
  row('a setting changes', lobby, 'settings:update', { thoughtsNeedApproval: false }).accepts('settings.updated'),
  row('the same settings change nothing', lobby, 'settings:update', { thoughtsNeedApproval: true }).accepts(),
  row('retention days are set', ended, 'session:setRetention', { days: 7 }).accepts('session.retentionSet'),
  row('more than a year is refused', ended, 'session:setRetention', { days: 400 }).refuses(ErrorCode.InvalidPayload),
  row('the session ends', running, 'session:end').accepts('session.ended'),
  row(
    'ending during a turn ends the turn',
    () => running().run('turn:grant', { stakeholderGroupId: 'g1' }),
    'session:end',
  ).accepts('turn.ended', 'turn.announced', 'session.ended'),
  row('a session ends only once', ended, 'session:end').refuses(ErrorCode.InvalidState),
  row('the projector cannot end the session', running, 'session:end', {}, screen).refuses(ErrorCode.Forbidden),
  // participant:seat, circles:balance
  row('a participant is seated', lobby, 'participant:seat', { participantId: 'p1', circle: 'inner' }).accepts(
    'participant.seated',
  ),
  row(
    'the same seat again changes nothing',
    () => lobby().run('participant:seat', { participantId: 'p1', circle: 'inner' }),
    'participant:seat',
    { participantId: 'p1', circle: 'inner' },
  ).accepts(),
  row('seating an unknown participant is refused', lobby, 'participant:seat', {
    participantId: 'p9',
    circle: 'inner',
  }).refuses(ErrorCode.NotFound),
  row('no seating after the end', ended, 'participant:seat', { participantId: 'p1', circle: 'outer' }).refuses(
    ErrorCode.InvalidState,
  ),
  row('balancing seats everyone', lobby, 'circles:balance').accepts(...Array<string>(4).fill('participant.seated')),
  row('balancing balanced circles changes nothing', () => lobby().run('circles:balance'), 'circles:balance').accepts(),
  row('no balancing after the end', ended, 'circles:balance').refuses(ErrorCode.InvalidState),
  // screen:show
  row('the projector shows the join code', running, 'screen:show', { mode: 'joinCode' }).accepts('screen.shown'),
  row('the mode shown already changes nothing', running, 'screen:show', { mode: 'phase' }).accepts(),
  row('the open vote is shown', withVote, 'screen:show', { mode: 'vote' }).accepts('screen.shown'),
  row('no vote to show', running, 'screen:show', { mode: 'vote' }).refuses(ErrorCode.InvalidState),
  row('an unknown vote is not found', withVote, 'screen:show', { mode: 'vote', voteId: 'v9' }).refuses(
    ErrorCode.NotFound,
  ),
  row('results are shown only once revealed', withVote, 'screen:show', { mode: 'results', voteId: 'v1' }).refuses(
    ErrorCode.InvalidState,
  ),
  row("the summary's QR only once published", ended, 'screen:show', { mode: 'summaryQr' }).refuses(
    ErrorCode.InvalidState,
  ),
  row("the published summary's QR", published, 'screen:show', { mode: 'summaryQr' }).accepts('screen.shown'),
  row('the scribe cannot change the projector', running, 'screen:show', { mode: 'blank' }, scribe).refuses(
    ErrorCode.Forbidden,
  ),
  // summary:*
  row('the background is set', ended, 'summary:setBackground', {
    background: { goals: 'a', developmentThemes: 'b', activities: 'c' },
  }).accepts('summary.backgroundSet'),
  row('a summary text is set', ended, 'summary:setText', { key: 'closingView', text: 'Loppusanat' }).accepts(
    'summary.textSet',
  ),
  row(
    'the same text again changes nothing',
    () => ended().run('summary:setText', { key: 'closingView', text: 'X' }),
    'summary:setText',
    { key: 'closingView', text: 'X' },
  ).accepts(),
  row("an unknown question's text is refused", ended, 'summary:setText', { key: 'question:q9', text: 'X' }).refuses(
    ErrorCode.NotFound,
  ),
  row('a note is left out of the summary', withNote, 'summary:exclude', { itemId: 'n1', excluded: true }).accepts(
    'summary.itemExcluded',
  ),
  row('leaving out an unknown item is refused', withNote, 'summary:exclude', { itemId: 'n9', excluded: true }).refuses(
    ErrorCode.NotFound,
  ),
  row("a question's items are ordered", withNote, 'summary:order', { scope: 'q:q1', itemIds: ['n1'] }).accepts(
    'summary.ordered',
  ),
  row('an unknown scope is refused', withNote, 'summary:order', { scope: 'q:q9', itemIds: [] }).refuses(
    ErrorCode.NotFound,
  ),
  row('the summary is published after the end', ended, 'summary:publish').accepts(
    'summary.snapshot',
    'summary.published',
  ),
  row('not before the end', running, 'summary:publish').refuses(ErrorCode.InvalidState),
  row('the scribe cannot publish', ended, 'summary:publish', {}, scribe).refuses(ErrorCode.Forbidden),
  row(
    'a participant cannot edit the summary',
    ended,
    'summary:setText',
    { key: 'closingView', text: 'X' },
    phone('p1'),
  ).refuses(ErrorCode.Forbidden),
];

describe('session, seating, projector and summary handlers', () => {
  it.each(cases)('$name', (c) => check(c));

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
