import { describe, expect, it } from 'vitest';
import { formatLimit, formatTalkTime, isOverLimit } from './talkTime';

describe('talk time', () => {
  it('formats elapsed time in whole seconds', () => {
    expect(formatTalkTime(0)).toBe('0:00');
    expect(formatTalkTime(999)).toBe('0:00');
    expect(formatTalkTime(42_400)).toBe('0:42');
    expect(formatTalkTime(725_000)).toBe('12:05');
    expect(formatTalkTime(3_723_000)).toBe('1:02:03');
    expect(formatTalkTime(-5_000)).toBe('0:00');
  });

  it('signals the soft limit only once it is reached', () => {
    expect(isOverLimit(119_999, 120)).toBe(false);
    expect(isOverLimit(120_000, 120)).toBe(true);
    expect(isOverLimit(10_000_000, null)).toBe(false);
  });

  it('says a limit as minutes and seconds', () => {
    expect(formatLimit(120)).toBe('2 min');
    expect(formatLimit(90)).toBe('1 min 30 s');
    expect(formatLimit(45)).toBe('45 s');
  });
});
