import type { Presence } from '@aquarium/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenceTracker } from './presence.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** What each tracker has told its staff, latest last, per session. */
const told = () => {
  const log: Presence[] = [];
  return { log, tell: (_: string, p: Presence) => log.push(p), last: () => log.at(-1) };
};

/** Nodes wired to each other as the adapter would: a share reaches every other node. */
const cluster = (count: number) => {
  const staff = Array.from({ length: count }, told);
  const nodes: PresenceTracker[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push(
      new PresenceTracker({
        tell: staff[i]!.tell,
        share: (sessionId, own) =>
          nodes.forEach((n, j) => {
            if (j !== i) n.receive(`node${i}`, sessionId, own);
          }),
        now: () => Date.now(),
      }),
    );
  }
  return { nodes, staff };
};

describe('PresenceTracker', () => {
  it('tells the staff at most once per interval, and keeps a participant online while any connection stays', () => {
    const staff = told();
    const tracker = new PresenceTracker({ tell: staff.tell });
    tracker.change('s1', 'facilitator', null, 1);
    for (let i = 0; i < 100; i++) tracker.change('s1', 'participant', `p${i}`, 1);
    tracker.change('s1', 'participant', 'p0', 1);
    vi.advanceTimersByTime(300);
    expect(staff.log).toHaveLength(1);
    expect(staff.last()!.participantIds).toHaveLength(100);
    expect(staff.last()!.facilitators).toBe(1);

    tracker.change('s1', 'participant', 'p0', -1);
    vi.advanceTimersByTime(300);
    expect(staff.last()!.participantIds).toContain('p0');
    tracker.change('s1', 'participant', 'p0', -1);
    vi.advanceTimersByTime(300);
    expect(staff.last()!.participantIds).not.toContain('p0');
    tracker.stop();
  });

  it('shows the staff on one node the phones connected to another', () => {
    const { nodes, staff } = cluster(2);
    const [a, b] = nodes as [PresenceTracker, PresenceTracker];
    b.change('s1', 'facilitator', null, 1);
    a.change('s1', 'participant', 'p1', 1);
    a.change('s1', 'participant', 'p2', 1);
    a.change('s1', 'screen', null, 1);
    vi.advanceTimersByTime(600);
    expect(staff[1]!.last()).toEqual({ participantIds: ['p1', 'p2'], facilitators: 1, scribes: 0, screens: 1 });
    expect(a.snapshot('s1')).toEqual(b.snapshot('s1'));

    // A phone that reconnected to the other node while its old connection lingers counts once.
    b.change('s1', 'participant', 'p1', 1);
    vi.advanceTimersByTime(600);
    expect(staff[1]!.last()!.participantIds.sort()).toEqual(['p1', 'p2']);

    a.change('s1', 'participant', 'p1', -1);
    a.change('s1', 'participant', 'p2', -1);
    vi.advanceTimersByTime(600);
    expect(staff[1]!.last()!.participantIds).toEqual(['p1']);
    nodes.forEach((n) => n.stop());
  });

  it('drops a node that stops repeating its counts (it died), three refresh periods after it was last heard', () => {
    const { nodes, staff } = cluster(2);
    const [a, b] = nodes as [PresenceTracker, PresenceTracker];
    b.change('s1', 'facilitator', null, 1);
    a.change('s1', 'participant', 'p1', 1);
    vi.advanceTimersByTime(600);
    expect(staff[1]!.last()!.participantIds).toEqual(['p1']);

    // While A lives, its repeated counts keep p1 online for as long as it takes.
    vi.advanceTimersByTime(60_000);
    expect(b.snapshot('s1').participantIds).toEqual(['p1']);

    a.stop();
    // Last heard 0.6 s before it stopped; three periods of 3 s after that, checked every second, and told within
    // 0.3 s: gone within 10 s of stopping (the README promises 12).
    vi.advanceTimersByTime(8_000);
    expect(b.snapshot('s1').participantIds).toEqual(['p1']);
    vi.advanceTimersByTime(2_000);
    expect(staff[1]!.last()!.participantIds).toEqual([]);
    expect(b.snapshot('s1').participantIds).toEqual([]);
    b.stop();
  });

  it('drops nobody while this node cannot hear the others (Redis lost), and gives them time once it can', () => {
    let hearing = true;
    const staff = told();
    const b = new PresenceTracker({
      tell: staff.tell,
      share: () => undefined,
      canHear: () => hearing,
      now: () => Date.now(),
    });
    b.receive('nodeA', 's1', { participantIds: ['p1'], facilitators: 0, scribes: 0, screens: 0 });
    hearing = false;
    vi.advanceTimersByTime(60_000);
    expect(b.snapshot('s1').participantIds).toEqual(['p1']);
    hearing = true;
    vi.advanceTimersByTime(6_000);
    expect(b.snapshot('s1').participantIds).toEqual(['p1']);
    vi.advanceTimersByTime(9_000);
    expect(b.snapshot('s1').participantIds).toEqual([]);
    b.stop();
  });
});
