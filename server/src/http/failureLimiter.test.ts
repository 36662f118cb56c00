import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './failureLimiter.js';

describe('failure limiter', () => {
  it('blocks a key after too many failures in the window, and forgets them after it', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.blocked('1.2.3.4')).toBe(false);
      limiter.fail('1.2.3.4');
    }
    expect(limiter.blocked('1.2.3.4')).toBe(true);
    expect(limiter.blocked('5.6.7.8')).toBe(false);
    now = 60_001;
    expect(limiter.blocked('1.2.3.4')).toBe(false);
  });
});
