import { describe, expect, it } from 'vitest';
import { RecentGrants } from './recentGrants.js';

const grant = (sessionId: string, participantId: string) => ({
  sessionId,
  role: 'participant' as const,
  participantId,
});

describe('grants of tokens just issued', () => {
  it('gives a grant once, forgets it after its time, keeps at most its maximum, oldest out first', () => {
    let now = 0;
    const recent = new RecentGrants(() => now, 1000, 3);
    recent.add('h1', grant('s', 'p1'));
    expect(recent.take('h1')).toEqual(grant('s', 'p1'));
    expect(recent.take('h1')).toBeNull(); // once: the next connection reads the database
    recent.add('h2', grant('s', 'p2'));
    now = 1000;
    expect(recent.take('h2')).toBeNull(); // too old
    for (const i of [3, 4, 5, 6]) recent.add(`h${i}`, grant('s', `p${i}`));
    expect(recent.size).toBe(3);
    expect(recent.take('h3')).toBeNull();
    expect(recent.take('h6')).toEqual(grant('s', 'p6'));
    now = 1500;
    recent.add('h7', grant('s', 'p7')); // h4 and h5 (added at 1000) are still young
    expect(recent.size).toBe(3);
    now = 2100;
    recent.add('h8', grant('s', 'p8')); // the old ones go as new ones come
    expect(recent.size).toBe(2);
  });

  it("forgets a deleted session's grants", () => {
    const recent = new RecentGrants();
    recent.add('a', grant('s1', 'p1'));
    recent.add('b', grant('s2', 'p2'));
    recent.dropSession('s1');
    expect(recent.take('a')).toBeNull();
    expect(recent.take('b')).toEqual(grant('s2', 'p2'));
  });
});
