import { describe, expect, it } from 'vitest';
import { confirmsJoinCode, parseRetentionDays, tokenOfLink } from './validate';

describe('parseRetentionDays', () => {
  it('accepts whole days from 1 to 365', () => {
    expect(parseRetentionDays('1')).toBe(1);
    expect(parseRetentionDays(' 30 ')).toBe(30);
    expect(parseRetentionDays('365')).toBe(365);
    expect(parseRetentionDays('007')).toBe(7);
  });

  it('refuses anything else', () => {
    for (const input of ['', '0', '366', '1000', '-5', '7.5', '1e2', 'seven', '7 days', '0x10']) {
      expect(parseRetentionDays(input), input).toBeNull();
    }
  });
});

describe('confirmsJoinCode', () => {
  it('matches the code however it is typed', () => {
    expect(confirmsJoinCode('kq7f-m2xd', 'KQ7FM2XD')).toBe(true);
    expect(confirmsJoinCode(' KQ7F M2XD ', 'KQ7FM2XD')).toBe(true);
  });

  it('refuses another code, an empty answer and an unknown code', () => {
    expect(confirmsJoinCode('KQ7FM2XE', 'KQ7FM2XD')).toBe(false);
    expect(confirmsJoinCode('', 'KQ7FM2XD')).toBe(false);
    expect(confirmsJoinCode('', '')).toBe(false);
  });
});

describe('tokenOfLink', () => {
  it('takes the token from the fragment', () => {
    expect(tokenOfLink('https://example.org/facilitator#abc123')).toBe('abc123');
    expect(tokenOfLink('https://example.org/facilitator')).toBe('');
  });
});
