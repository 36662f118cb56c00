import { EVENT_VERSION, EventFromNewerVersion, type SessionEvent } from '@aquarium/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeProjectStorageContract } from './projectStorageContract.js';
import { created, DAY, ev, newSession, participantToken, seqs, T0 } from './storageFixtures.js';
import { JoinCodeTaken, SequenceConflict, type Storage } from '../../src/storage/storage.js';

/** A storage on a fresh, empty database, and a way to open more storages on that same database. */
export interface OpenedStorage {
  storage: Storage;
  /** Another, independent storage (its own connection or pool) on the same database; the test closes it. */
  openAnother(): Promise<Storage>;
  /** The shape version a stored event carries, read or (to stand for another build's row) rewritten directly. */
  eventVersion(sessionId: string, seq: number, rewrite?: number): Promise<number>;
  /** Closes `storage` and removes the database. */
  cleanup(): Promise<void>;
}

/**
 * The shared tests every `Storage` implementation must pass. `open` gives a storage on a fresh database per
 * test.
 */
export const describeStorageContract = (name: string, open: () => Promise<OpenedStorage>) => {
  describe(`Storage contract: ${name}`, () => {
    let db: OpenedStorage;
    let s: Storage;
    beforeEach(async () => {
      db = await open();
      s = db.storage;
    });
    afterEach(async () => {
      await db.cleanup();
    });

    it('creates a session with its tokens and first events, found by join code and token hash', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      expect(await s.sessionIdByJoinCode('ABCDEFGH')).toBe('s1');
      expect(await s.sessionIdByJoinCode('ZZZZZZZZ')).toBeNull();
      expect(await s.findToken('s1-fac')).toEqual({ sessionId: 's1', role: 'facilitator', participantId: null });
      expect(await s.findToken('s1-screen')).toEqual({ sessionId: 's1', role: 'screen', participantId: null });
      expect(await s.findToken('nope')).toBeNull();
      expect(await s.loadEvents('s1')).toEqual([created('ABCDEFGH')]);
      expect(await s.loadEvents('unknown')).toEqual([]);
      expect(await s.expiredSessions(T0 + 10_000 * DAY, 30)).toEqual([]);
    });

    it('refuses a join code already taken with JoinCodeTaken, writing nothing of the second session', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      const err = await s.createSession(newSession('s2', 'ABCDEFGH')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JoinCodeTaken);
      expect(await s.sessionIdByJoinCode('ABCDEFGH')).toBe('s1');
      expect(await s.findToken('s2-fac')).toBeNull();
      expect(await s.loadEvents('s2')).toEqual([]);
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      expect(await s.sessionIdByJoinCode('HGFEDCBA')).toBe('s2');
    });

    it('appends events, the command ack and new tokens together', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.append('s1', {
        events: [
          ev(2, 'joining.set', { open: true }),
          ev(3, 'participant.joined', { participant: { id: 'p1', displayName: 'Åsa', stakeholderGroupId: 'g1' } }),
        ],
        command: { id: 'c1', ack: JSON.stringify({ ok: true, seq: 3 }) },
        tokens: [participantToken('s1', 'p1')],
      });
      expect(seqs(await s.loadEvents('s1'))).toEqual([1, 2, 3]);
      expect(await s.commandAck('s1', 'c1')).toBe('{"ok":true,"seq":3}');
      expect(await s.findToken('s1-p1')).toEqual({ sessionId: 's1', role: 'participant', participantId: 'p1' });
      // A batch of only an ack (a command that changed nothing) and a batch of only events both work.
      await s.append('s1', { events: [], command: { id: 'c2', ack: 'noop' } });
      await s.append('s1', { events: [ev(4, 'timer.paused', {})] });
      expect(await s.commandAck('s1', 'c2')).toBe('noop');
      expect(seqs(await s.loadEvents('s1'))).toEqual([1, 2, 3, 4]);
    });

    it('throws SequenceConflict for a taken seq and leaves nothing of the failed batch', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.append('s1', { events: [ev(2, 'joining.set', { open: true })], command: { id: 'c1', ack: 'a1' } });
      // seq 3 is free, seq 2 is taken: the conflict comes in the middle of the batch.
      const err = await s
        .append('s1', {
          events: [
            ev(3, 'phase.entered', { index: 0 }),
            ev(2, 'joining.set', { open: false }),
            ev(4, 'session.ended', {}),
          ],
          command: { id: 'c2', ack: 'a2' },
          tokens: [participantToken('s1', 'p9')],
        })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SequenceConflict);
      expect(await s.loadEvents('s1')).toEqual([created('ABCDEFGH'), ev(2, 'joining.set', { open: true })]);
      expect(await s.commandAck('s1', 'c2')).toBeNull();
      expect(await s.findToken('s1-p9')).toBeNull();
      // Its session.ended did not reach the retention columns either.
      expect(await s.expiredSessions(T0 + 10_000 * DAY, 1)).toEqual([]);
      // The same seq in another session is no conflict.
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      await s.append('s2', { events: [ev(2, 'joining.set', { open: false })] });
      // And the storage is still usable after the failure.
      await s.append('s1', { events: [ev(3, 'phase.entered', { index: 0 })], command: { id: 'c2', ack: 'a2' } });
      expect(seqs(await s.loadEvents('s1'))).toEqual([1, 2, 3]);
      expect(await s.commandAck('s1', 'c2')).toBe('a2');
    });

    it('rolls back the events of a batch whose command id was already stored', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.append('s1', { events: [ev(2, 'joining.set', { open: true })], command: { id: 'c1', ack: 'first' } });
      const err = await s
        .append('s1', { events: [ev(3, 'joining.set', { open: false })], command: { id: 'c1', ack: 'second' } })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(SequenceConflict);
      expect(seqs(await s.loadEvents('s1'))).toEqual([1, 2]);
      expect(await s.commandAck('s1', 'c1')).toBe('first');
    });

    it('loads events after a sequence number, in order, with their data intact', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      // Written out of order within a batch; read back by seq.
      await s.append('s1', {
        events: [ev(3, 'timer.extended', { ms: -30_000 }), ev(2, 'phase.entered', { index: 0 })],
      });
      await s.append('s2', { events: [ev(2, 'joining.set', { open: true })] });
      const nested = ev(4, 'turn.queueReordered', { participantIds: ['p2', 'p1', 'ä ✓ "x"\n\u0000'] });
      await s.append('s1', { events: [nested, ev(5, 'timer.paused', {}, Number.MAX_SAFE_INTEGER)] });
      const all = await s.loadEvents('s1');
      expect(seqs(all)).toEqual([1, 2, 3, 4, 5]);
      expect(all[3]).toEqual(nested);
      expect(all[4]!.at).toBe(Number.MAX_SAFE_INTEGER);
      expect(all[2]).toEqual(ev(3, 'timer.extended', { ms: -30_000 }));
      expect(seqs(await s.loadEvents('s1', 0))).toEqual([1, 2, 3, 4, 5]);
      expect(seqs(await s.loadEvents('s1', 2))).toEqual([3, 4, 5]);
      expect(seqs(await s.loadEvents('s1', 5))).toEqual([]);
      expect(seqs(await s.loadEvents('s2'))).toEqual([1, 2]);
    });

    it('stores each event with the shape version it was written at, and refuses one from a newer build', async () => {
      await s.createSession(newSession('s1', 'CODE0001'));
      await s.append('s1', { events: [ev(2, 'joining.set', { open: false })] });
      expect(await db.eventVersion('s1', 2)).toBe(EVENT_VERSION);
      await db.eventVersion('s1', 2, EVENT_VERSION + 1);
      await expect(s.loadEvents('s1')).rejects.toThrow(EventFromNewerVersion);
      expect(await s.loadEvents('s1', 2)).toEqual([]);
    });

    it('reads events stored at version 1 in the words of today (a session kept from before an update)', async () => {
      await s.createSession(newSession('s1', 'CODE0001'));
      const v1 = [
        {
          seq: 2,
          at: T0,
          type: 'participant.joined',
          data: { participant: { id: 'p1', displayName: null, groupId: 'g1' } },
        },
        {
          seq: 3,
          at: T0,
          type: 'idea.written',
          data: { idea: { id: 'i1', participantId: 'p1', questionId: 'q1', text: 'x', writtenAt: T0 } },
        },
      ] as unknown as SessionEvent[];
      await s.append('s1', { events: v1 });
      for (const seq of [2, 3]) await db.eventVersion('s1', seq, 1);
      expect((await s.loadEvents('s1', 1)).map(({ type, data }) => ({ type, data }))).toEqual([
        {
          type: 'participant.joined',
          data: { participant: { id: 'p1', displayName: null, stakeholderGroupId: 'g1' } },
        },
        {
          type: 'soloThought.written',
          data: { soloThought: { id: 'i1', participantId: 'p1', questionId: 'q1', text: 'x', writtenAt: T0 } },
        },
      ]);
    });

    it('returns the events of one type in order', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      await s.append('s1', {
        events: [
          ev(2, 'summary.published', { version: 1, publishedAt: T0 + 2000 }),
          ev(3, 'timer.paused', {}),
          ev(4, 'summary.published', { version: 2, publishedAt: T0 + 4000 }),
        ],
      });
      await s.append('s2', { events: [ev(2, 'summary.published', { version: 1, publishedAt: T0 })] });
      const published = await s.eventsOfType('s1', 'summary.published');
      expect(published).toEqual([
        ev(2, 'summary.published', { version: 1, publishedAt: T0 + 2000 }),
        ev(4, 'summary.published', { version: 2, publishedAt: T0 + 4000 }),
      ]);
      expect(await s.eventsOfType('s1', 'vote.closed')).toEqual([]);
    });

    it('keeps command acks per session', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      await s.append('s1', { events: [], command: { id: 'same', ack: 'one' } });
      await s.append('s2', { events: [], command: { id: 'same', ack: 'two' } });
      expect(await s.commandAck('s1', 'same')).toBe('one');
      expect(await s.commandAck('s2', 'same')).toBe('two');
      expect(await s.commandAck('s1', 'other')).toBeNull();
    });

    it('replaces every token of a role with one new token, leaving other roles and sessions alone', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      await s.append('s1', {
        events: [],
        tokens: [{ hash: 's1-fac2', sessionId: 's1', role: 'facilitator', participantId: null }],
      });
      await s.replaceToken('s1', 'facilitator', 's1-fac-new');
      expect(await s.findToken('s1-fac')).toBeNull();
      expect(await s.findToken('s1-fac2')).toBeNull();
      expect(await s.findToken('s1-fac-new')).toEqual({ sessionId: 's1', role: 'facilitator', participantId: null });
      expect(await s.findToken('s1-scr')).toEqual({ sessionId: 's1', role: 'scribe', participantId: null });
      expect(await s.findToken('s2-fac')).toEqual({ sessionId: 's2', role: 'facilitator', participantId: null });
    });

    it('finds ended sessions whose retention ran out, by the default or their own days', async () => {
      await s.createSession(newSession('default', 'AAAAAAAA'));
      await s.createSession(newSession('short', 'BBBBBBBB'));
      await s.createSession(newSession('long', 'CCCCCCCC'));
      await s.createSession(newSession('running', 'DDDDDDDD'));
      const end = T0 + 5000;
      await s.append('default', { events: [ev(2, 'session.ended', {}, end)] });
      await s.append('short', {
        events: [ev(2, 'session.retentionSet', { days: 1 }), ev(3, 'session.ended', {}, end)],
      });
      // Retention set after the end counts too; 3650 days overflows 32-bit milliseconds.
      await s.append('long', { events: [ev(2, 'session.ended', {}, end)] });
      await s.append('long', { events: [ev(3, 'session.retentionSet', { days: 3650 }, end + 1)] });
      await s.append('running', { events: [ev(2, 'session.retentionSet', { days: 1 })] });

      const expired = async (now: number, defaultDays: number) => (await s.expiredSessions(now, defaultDays)).sort();
      expect(await expired(end + DAY - 1, 30)).toEqual([]);
      expect(await expired(end + DAY, 30)).toEqual(['short']);
      expect(await expired(end + 30 * DAY - 1, 30)).toEqual(['short']);
      expect(await expired(end + 30 * DAY, 30)).toEqual(['default', 'short']);
      expect(await expired(end + 30 * DAY, 7)).toEqual(['default', 'short']);
      expect(await expired(end + 7 * DAY, 7)).toEqual(['default', 'short']);
      expect(await expired(end + 3650 * DAY - 1, 30)).toEqual(['default', 'short']);
      expect(await expired(end + 3650 * DAY, 30)).toEqual(['default', 'long', 'short']);
    });

    it('deletes a session and everything of it, freeing its join code', async () => {
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      await s.createSession(newSession('s2', 'HGFEDCBA'));
      await s.append('s1', {
        events: [ev(2, 'session.ended', {})],
        command: { id: 'c1', ack: 'a1' },
        tokens: [participantToken('s1', 'p1')],
      });
      await s.append('s2', { events: [ev(2, 'session.ended', {})], command: { id: 'c1', ack: 'b1' } });
      await s.deleteSession('s1');
      expect(await s.sessionIdByJoinCode('ABCDEFGH')).toBeNull();
      expect(await s.findToken('s1-fac')).toBeNull();
      expect(await s.findToken('s1-p1')).toBeNull();
      expect(await s.loadEvents('s1')).toEqual([]);
      expect(await s.eventsOfType('s1', 'session.ended')).toEqual([]);
      expect(await s.commandAck('s1', 'c1')).toBeNull();
      expect(await s.expiredSessions(T0 + 10_000 * DAY, 1)).toEqual(['s2']);
      // The other session is untouched.
      expect(seqs(await s.loadEvents('s2'))).toEqual([1, 2]);
      expect(await s.commandAck('s2', 'c1')).toBe('b1');
      expect(await s.findToken('s2-fac')).not.toBeNull();
      // The join code (and even the id) can be used again, with seq starting over.
      await s.createSession(newSession('s1', 'ABCDEFGH'));
      expect(await s.sessionIdByJoinCode('ABCDEFGH')).toBe('s1');
      expect(seqs(await s.loadEvents('s1'))).toEqual([1]);
      await s.deleteSession('never-existed');
    });

    it('lets exactly one of two storages on the same database append a seq; the other gets SequenceConflict', async () => {
      const other = await db.openAnother();
      try {
        await s.createSession(newSession('s1', 'ABCDEFGH'));
        expect(await other.sessionIdByJoinCode('ABCDEFGH')).toBe('s1');
        for (let seq = 2; seq <= 11; seq++) {
          const results = await Promise.allSettled([
            s.append('s1', {
              events: [ev(seq, 'timer.extended', { ms: 1 }), ev(seq + 100, 'timer.extended', { ms: 1 })],
              command: { id: `a${seq}`, ack: 'a' },
            }),
            other.append('s1', {
              events: [ev(seq, 'timer.extended', { ms: 2 }), ev(seq + 100, 'timer.extended', { ms: 2 })],
              command: { id: `b${seq}`, ack: 'b' },
            }),
          ]);
          const won = results.filter((r) => r.status === 'fulfilled');
          const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect(lost[0]!.reason).toBeInstanceOf(SequenceConflict);
          const winner = results[0]!.status === 'fulfilled' ? 'a' : 'b';
          const loser = winner === 'a' ? 'b' : 'a';
          expect(await other.commandAck('s1', `${winner}${seq}`)).toBe(winner);
          expect(await s.commandAck('s1', `${loser}${seq}`)).toBeNull();
          const [stored] = await s.loadEvents('s1', seq - 1);
          expect(stored).toEqual(ev(seq, 'timer.extended', { ms: winner === 'a' ? 1 : 2 }));
          // The loser's second event was not written either: seq + 100 holds the winner's.
          const [second] = await other.loadEvents('s1', seq + 99);
          expect(second).toEqual(ev(seq + 100, 'timer.extended', { ms: winner === 'a' ? 1 : 2 }));
        }
      } finally {
        await other.close();
      }
    });
  });
  describeProjectStorageContract(name, open);
};
