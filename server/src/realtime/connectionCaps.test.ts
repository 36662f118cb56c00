import { describe, expect, it } from 'vitest';
import { ConnectionCounter } from './connectionCaps.js';

describe('open connections per key', () => {
  it('counts up to the cap, frees a place when one closes, and forgets a key with none open', () => {
    const caps = new ConnectionCounter(2);
    expect([caps.open('a'), caps.open('a'), caps.open('a')]).toEqual([true, true, false]);
    expect(caps.open('b')).toBe(true);
    expect(caps.count('a')).toBe(2);
    caps.close('a');
    expect(caps.count('a')).toBe(1);
    expect(caps.open('a')).toBe(true);
    caps.close('a');
    caps.close('a');
    expect(caps.count('a')).toBe(0);
    caps.close('a'); // nothing open: stays at zero
    expect(caps.count('a')).toBe(0);
    expect([caps.open('a'), caps.open('a'), caps.open('a')]).toEqual([true, true, false]);
  });
});
