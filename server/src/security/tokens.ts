import { createHash, randomBytes } from 'node:crypto';

/** A new secret for a link or a phone: 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256: a stolen database file holds no usable link. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
