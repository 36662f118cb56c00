import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '@aquarium/shared';
import { VisibleHeads } from './heads.js';

const joined = (seq: number, id: string) =>
  ({
    type: 'participant.joined',
    seq,
    at: 0,
    data: { participant: { id, displayName: null, stakeholderGroupId: 'g1' } },
  }) as SessionEvent;
const phase = (seq: number, index: number) => ({ type: 'phase.entered', seq, at: 0, data: { index } }) as SessionEvent;

describe('VisibleHeads', () => {
  it("gives each phone the newer of everyone's head and its own", () => {
    const heads = new VisibleHeads();
    heads.add(phase(1, 0));
    heads.add(joined(2, 'a'));
    expect(heads.headFor('participant', 'a')).toBe(2);
    expect(heads.headFor('participant', 'b')).toBe(1);
    expect(heads.headFor('facilitator', null)).toBe(2);
    heads.add(phase(3, 1));
    expect(heads.headFor('participant', 'a')).toBe(3);
    expect(heads.participants()).toEqual({ all: 3, ahead: new Map() });
  });

  it('lists, per announcement, only the phones whose head changed, however many phones are ahead', () => {
    const heads = new VisibleHeads();
    heads.add(phase(1, 0));
    for (let i = 0; i < 50_000; i++) heads.add(joined(i + 2, `p${i}`));
    expect(heads.takeChanged().size).toBe(50_000);
    heads.add(joined(50_002, 'late'));
    expect([...heads.takeChanged()]).toEqual(['late']);
    expect(heads.takeChanged().size).toBe(0);
    // The relay reads the live list of phones ahead: no copy of 50,001 entries per announcement.
    expect(heads.participants().ahead).toBe(heads.participants().ahead);
    expect(heads.participants().ahead.size).toBe(50_001);
    // An event for every phone: nobody is ahead any more, nothing is left to announce one by one.
    heads.add(phase(50_003, 1));
    expect(heads.participants().ahead.size).toBe(0);
    expect(heads.takeChanged().size).toBe(0);
  });
});
