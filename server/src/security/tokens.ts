import { hash, randomFillSync } from 'node:crypto';

const TOKEN_BYTES = 32;
/** Random bytes for the next 128 tokens, drawn from the CSPRNG at once (one call instead of 128); each used once. */
const pool = Buffer.alloc(TOKEN_BYTES * 128);
let used = pool.length;

/** A new secret for a link or a phone: 256 bits, URL-safe. */
export const newToken = (): string => {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const token = pool.toString('base64url', used, used + TOKEN_BYTES);
  // Spent bytes are overwritten, so the pool never holds a token already handed out.
  pool.fill(0, used, used + TOKEN_BYTES);
  used += TOKEN_BYTES;
  return token;
};

/**
 * Tokens are stored only as their SHA-256: a stolen database file holds no usable link. One-shot `crypto.hash`
 * (the same digest as `createHash('sha256').update(token).digest('hex')`, pinned in tokens.test.ts) makes no
 * Hash object: each phone's token is hashed twice (its join and its socket's handshake), 1.7 % of a join's
 * server time that way (issue #24).
 */
export const hashToken = (token: string): string => hash('sha256', token, 'hex');
