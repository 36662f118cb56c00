import { describe, expect, it } from 'vitest';
import { forScreen, viewFor } from './audience.js';
import type { EventBodies, EventType, SessionEvent } from './events.js';
import { chairIsOpen, groupIdleMs, groupProgress, isGroupIdle, nextChair } from './groupPace.js';
import { chairGraceMs, groupStepNow, groupTimeLeftMs } from './groups.js';
import { reduceAll } from './reducer.js';
import { defaultSmallGroupSetup } from './templates.js';

let seq = 0;
const ev = <K extends EventType>(type: K, data: EventBodies[K], at = 0) =>
  ({ seq: ++seq, at, type, data }) as SessionEvent;

const members = ['a', 'b', 'c'];
const group = { id: 'sg1', name: 'Ryhmä 1', chairId: null, members: members.map((id) => ({ id, name: null })) };

/** A small-group session with one group of three, chaired by `a`, in the first step (write, q1) from t = 1000. */
const started = () => {
  seq = 0;
  return reduceAll(null, [
    ev('session.created', { setup: { ...defaultSmallGroupSetup('fi'), title: 'T' }, joinCode: 'ABCDEFGH' }),
    ev('group.formed', { group: { ...group, createdAt: 0 }, to: members }),
    ev('group.chairSet', { smallGroupId: 'sg1', participantId: 'a', to: members }, 500),
    ev('phase.entered', { index: 0 }, 1_000),
  ])!;
};

describe("a group's own pace", () => {
  it("follows the lead's step, goes ahead on its chair's word, and is moved on when the lead moves everyone", () => {
    let s = started();
    expect(groupStepNow(s, 'sg1')).toEqual({ questionId: 'q1', step: 'write' });
    s = reduceAll(s, [ev('group.stepSet', { smallGroupId: 'sg1', questionId: 'q1', step: 'choose', to: members })])!;
    expect(groupStepNow(s, 'sg1')?.step).toBe('choose');
    // The lead's "present" does not pull a group back; the lead's "record" moves it on.
    s = reduceAll(s, [ev('phase.entered', { index: 1 }, 2_000)])!;
    expect(groupStepNow(s, 'sg1')?.step).toBe('choose');
    s = reduceAll(s, [ev('phase.entered', { index: 3 }, 3_000)])!;
    expect(groupStepNow(s, 'sg1')?.step).toBe('record');
    // The next question starts at the lead's step again.
    s = reduceAll(s, [ev('phase.entered', { index: 4 }, 4_000)])!;
    expect(groupStepNow(s, 'sg1')).toEqual({ questionId: 'q2', step: 'write' });
  });

  it("gives each group the question's whole time box, plus the time the lead gave it", () => {
    let s = started();
    // Write 5 + present 10 + choose 10 + record 5 minutes, one minute of it gone.
    expect(groupTimeLeftMs(s, 'sg1', 61_000)).toBe(29 * 60_000);
    s = reduceAll(s, [ev('group.timeGiven', { smallGroupId: 'sg1', questionId: 'q1', extraMinutes: 5, to: members })])!;
    expect(groupTimeLeftMs(s, 'sg1', 61_000)).toBe(34 * 60_000);
    expect(groupProgress(s.groups, s.groups.groups.sg1!, 'q1').extraMinutes).toBe(5);
  });

  it('is flagged idle after a quiet while, not while it works nor once its record is back', () => {
    let s = started();
    const group1 = () => s.groups.groups.sg1!;
    expect(isGroupIdle(s, group1(), 1_000 + groupIdleMs - 1)).toBe(false);
    expect(isGroupIdle(s, group1(), 1_000 + groupIdleMs)).toBe(true);
    // A count of thoughts written alone is activity too.
    s = reduceAll(s, [
      ev('soloThought.counted', { smallGroupId: 'sg1', questionId: 'q1', participantId: 'b', written: 2 }, 100_000),
    ])!;
    expect(isGroupIdle(s, group1(), 1_000 + groupIdleMs)).toBe(false);
    expect(groupProgress(s.groups, group1(), 'q1').written).toBe(2);
    s = reduceAll(s, [
      ev('group.returned', { smallGroupId: 'sg1', questionId: 'q1', text: 'Muistio', to: members }, 200_000),
    ])!;
    expect(isGroupIdle(s, group1(), 10 * groupIdleMs)).toBe(false);
  });
});

describe("a dropped chair's group", () => {
  it('may take the chair only after the grace, and offers it to the next member online', () => {
    let s = started();
    const group1 = () => s.groups.groups.sg1!;
    expect(chairIsOpen(s.groups, group1(), 10_000)).toBe(false);
    expect(nextChair(group1(), new Set(['c']))).toBe('c');
    expect(nextChair(group1(), new Set(['b', 'c']))).toBe('b');
    s = reduceAll(s, [
      ev(
        'group.chairAway',
        { smallGroupId: 'sg1', participantId: 'a', away: true, offeredTo: 'b', to: members },
        5_000,
      ),
    ])!;
    expect(chairIsOpen(s.groups, group1(), 5_000 + chairGraceMs - 1)).toBe(false);
    expect(chairIsOpen(s.groups, group1(), 5_000 + chairGraceMs)).toBe(true);
    // Back in time: the chair stays theirs.
    s = reduceAll(s, [
      ev(
        'group.chairAway',
        { smallGroupId: 'sg1', participantId: 'a', away: false, offeredTo: null, to: members },
        6_000,
      ),
    ])!;
    expect(chairIsOpen(s.groups, group1(), 60_000)).toBe(false);
  });
});

describe("the projector's copy", () => {
  it('has no texts of points or records, and gets a record only when the lead shows it', () => {
    const point = ev('point.added', {
      point: { id: 'p', smallGroupId: 'sg1', questionId: 'q1', text: 'Vertaistuki', soloThoughtIds: [], order: 0 },
      to: members,
    });
    const returned = ev('group.returned', { smallGroupId: 'sg1', questionId: 'q1', text: 'Muistio', to: members });
    const edited = ev('point.edited', { pointId: 'p', text: 'Uusi', to: members });
    expect(JSON.stringify(forScreen(point))).not.toContain('Vertaistuki');
    expect(JSON.stringify(viewFor(returned, 'screen', null))).not.toContain('Muistio');
    expect(viewFor(returned, 'facilitator', null)).toBe(returned);
    expect(viewFor(edited, 'screen', null)).toBeNull();
    const shown = ev('group.shown', { smallGroupId: 'sg1', questionId: 'q1', text: 'Muistio' });
    expect(viewFor(shown, 'screen', null)).toBe(shown);
    expect(viewFor(shown, 'participant', 'a')).toBeNull();
  });
});
