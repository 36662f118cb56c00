import type { TokenGrant } from '../storage/storage.js';

/**
 * Phones' tokens this node has just issued and written, kept for their first connection: a phone connects
 * its socket right after its HTTP join, and the handshake then finds its grant here instead of reading the
 * tokens table again (issue #24: one SQLite read per joining phone). A grant is the stored row itself, only
 * kept after the join's write is durable; it is used once, forgotten after `ttlMs` or when its session is
 * deleted, and at most `max` are kept (the oldest go first). Every other handshake reads the database as
 * before, and a participant's token is never revoked apart from its whole session.
 */
export class RecentGrants {
  private readonly grants = new Map<string, { grant: TokenGrant; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 60_000,
    private readonly max = 5_000,
  ) {}

  /** A token (by its hash) whose row has been written. */
  add(hash: string, grant: TokenGrant): void {
    const now = this.now();
    for (const [key, entry] of this.grants) {
      if (this.grants.size < this.max && now - entry.at < this.ttlMs) break;
      this.grants.delete(key);
    }
    this.grants.set(hash, { grant, at: now });
  }

  /** The grant of a token just issued, once; null when it is not (or no longer) here. */
  take(hash: string): TokenGrant | null {
    const entry = this.grants.get(hash);
    if (!entry) return null;
    this.grants.delete(hash);
    return this.now() - entry.at < this.ttlMs ? entry.grant : null;
  }

  /** Forgets every grant of a deleted session. */
  dropSession(sessionId: string): void {
    for (const [key, entry] of this.grants) if (entry.grant.sessionId === sessionId) this.grants.delete(key);
  }

  get size(): number {
    return this.grants.size;
  }
}
