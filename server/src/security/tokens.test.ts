import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newToken } from './tokens.js';

describe('tokens', () => {
  it('are 256-bit URL-safe secrets, each new, across refills of the random pool', () => {
    const tokens = Array.from({ length: 1000 }, newToken);
    expect(new Set(tokens).size).toBe(1000);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
    // No token is all zeros (the pool's spent bytes are wiped, never handed out again).
    expect(tokens).not.toContain(Buffer.alloc(32).toString('base64url'));
    expect(hashToken(tokens[0]!)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are stored as the same SHA-256 hex digest as before (tokens already stored keep working)', () => {
    for (const t of [newToken(), 'abc', 'ääkköset-€', '']) {
      expect(hashToken(t)).toBe(createHash('sha256').update(t).digest('hex'));
    }
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
