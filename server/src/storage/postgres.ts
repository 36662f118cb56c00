import { DatabaseError, Pool, type PoolClient } from 'pg';
import { EVENT_VERSION, upcastEvent, type Role, type SessionEvent } from '@aquarium/shared';
import { postgresMigrations } from './postgresMigrations.js';
import { deleteReportsOfSession, postgresProjects } from './postgresProjects.js';
import {
  JoinCodeTaken,
  SequenceConflict,
  type AppendBatch,
  type NewToken,
  type Storage,
  type TokenGrant,
} from './storage.js';
import { log } from '../log.js';

interface EventRow {
  seq: string;
  type: string;
  at: string;
  data: string;
  v: number;
}

// BIGINT columns come back as strings; epoch milliseconds and sequence numbers fit a double exactly.
const toEvent = (r: EventRow) =>
  upcastEvent({ seq: Number(r.seq), type: r.type, at: Number(r.at), data: JSON.parse(r.data) }, r.v);

/** Any fixed 64-bit number, the same in every node: the lock that lets one node at a time migrate. */
const MIGRATION_LOCK = 0x41515541_4d494752n; // 'AQUAMIGR'

const isUniqueViolation = (err: unknown, constraint: string) =>
  err instanceof DatabaseError && err.code === '23505' && err.constraint === constraint;

const inTransaction = async <T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection lost while checked out (between two queries of the transaction) is an 'error' event on
  // the client: unheard, it would end the process. The query under way fails by itself; release it broken.
  const onError = (err: Error) => (broken = err);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackErr) {
      // The connection is unusable: release it as broken so the pool drops it.
      broken = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
    }
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
};

/**
 * Runs pending migrations in one transaction. The transaction-scoped advisory lock makes nodes that start at
 * the same time take turns: the second waits, then sees the first one's rows in `schema_migrations`.
 */
const migrate = (pool: Pool) =>
  inTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await c.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await c.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0)::int AS version FROM schema_migrations',
    );
    for (let v = rows[0]!.version; v < postgresMigrations.length; v++) {
      await c.query(postgresMigrations[v]!);
      await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
  });

const insertTokens = async (c: PoolClient, tokens: NewToken[]) => {
  if (tokens.length === 0) return;
  await c.query(
    `INSERT INTO tokens (hash, session_id, role, participant_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    [
      tokens.map((t) => t.hash),
      tokens.map((t) => t.sessionId),
      tokens.map((t) => t.role),
      tokens.map((t) => t.participantId),
    ],
  );
};

const insertEvents = async (c: PoolClient, sessionId: string, events: SessionEvent[]) => {
  if (events.length === 0) return;
  try {
    await c.query(
      `INSERT INTO events (session_id, seq, type, at, data, v)
       SELECT $1::text, *, $6::int FROM unnest($2::bigint[], $3::text[], $4::bigint[], $5::text[])`,
      [
        sessionId,
        events.map((e) => e.seq),
        events.map((e) => e.type),
        events.map((e) => e.at),
        events.map((e) => JSON.stringify(e.data)),
        EVENT_VERSION,
      ],
    );
  } catch (err) {
    if (isUniqueViolation(err, 'events_pkey')) {
      throw new SequenceConflict(
        `session ${sessionId} already has one of events ${events.map((e) => e.seq).join(', ')}`,
      );
    }
    throw err;
  }
  // The retention sweep reads these columns without folding every session.
  for (const e of events) {
    if (e.type === 'session.ended') await c.query('UPDATE sessions SET ended_at = $1 WHERE id = $2', [e.at, sessionId]);
    if (e.type === 'session.retentionSet') {
      await c.query('UPDATE sessions SET retention_days = $1 WHERE id = $2', [e.data.days, sessionId]);
    }
  }
};

/**
 * Connects a pool to `url` (postgres://…) and runs pending migrations. The same contract as SQLite; the database
 * decides sequence numbers: a second writer of a (session, seq) gets `SequenceConflict`.
 */
export const openPostgresStorage = async (url: string): Promise<Storage> => {
  // A database that does not answer fails a call within 5 s (the command is refused and sent again), never hangs it.
  const pool = new Pool({ connectionString: url, connectionTimeoutMillis: 5000 });
  // An idle connection that breaks (server restart, network) must not crash the process; the pool replaces it.
  pool.on('error', (err) => log.warn({ err: err.message }, 'postgres: idle connection failed'));
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }

  return {
    ...postgresProjects(pool, (work) => inTransaction(pool, work)),
    async createSession(s) {
      await inTransaction(pool, async (c) => {
        try {
          await c.query('INSERT INTO sessions (id, join_code, created_at, project_id) VALUES ($1, $2, $3, $4)', [
            s.id,
            s.joinCode,
            s.createdAt,
            s.projectId ?? null,
          ]);
        } catch (err) {
          if (isUniqueViolation(err, 'sessions_join_code_key')) throw new JoinCodeTaken(s.joinCode);
          throw err;
        }
        await insertTokens(c, s.tokens);
        await insertEvents(c, s.id, s.events);
      });
    },
    async sessionIdByJoinCode(code) {
      const { rows } = await pool.query<{ id: string }>('SELECT id FROM sessions WHERE join_code = $1', [code]);
      return rows[0]?.id ?? null;
    },
    async findToken(hash): Promise<TokenGrant | null> {
      const { rows } = await pool.query<{ session_id: string; role: Role; participant_id: string | null }>(
        'SELECT session_id, role, participant_id FROM tokens WHERE hash = $1',
        [hash],
      );
      const row = rows[0];
      return row ? { sessionId: row.session_id, role: row.role, participantId: row.participant_id } : null;
    },
    async loadEvents(sessionId, afterSeq = 0) {
      const { rows } = await pool.query<EventRow>(
        'SELECT seq, type, at, data, v FROM events WHERE session_id = $1 AND seq > $2 ORDER BY seq',
        [sessionId, afterSeq],
      );
      return rows.map(toEvent);
    },
    async eventsOfType(sessionId, type) {
      const { rows } = await pool.query<EventRow>(
        'SELECT seq, type, at, data, v FROM events WHERE session_id = $1 AND type = $2 ORDER BY seq',
        [sessionId, type],
      );
      return rows.map(toEvent);
    },
    async append(sessionId, batch: AppendBatch) {
      await inTransaction(pool, async (c) => {
        await insertEvents(c, sessionId, batch.events);
        if (batch.command) {
          await c.query('INSERT INTO commands (session_id, command_id, ack) VALUES ($1, $2, $3)', [
            sessionId,
            batch.command.id,
            batch.command.ack,
          ]);
        }
        if (batch.tokens) await insertTokens(c, batch.tokens);
      });
    },
    async commandAck(sessionId, commandId) {
      const { rows } = await pool.query<{ ack: string }>(
        'SELECT ack FROM commands WHERE session_id = $1 AND command_id = $2',
        [sessionId, commandId],
      );
      return rows[0]?.ack ?? null;
    },
    async replaceToken(sessionId, role, hash) {
      await inTransaction(pool, async (c) => {
        await c.query('DELETE FROM tokens WHERE session_id = $1 AND role = $2', [sessionId, role]);
        await c.query('INSERT INTO tokens (hash, session_id, role, participant_id) VALUES ($1, $2, $3, NULL)', [
          hash,
          sessionId,
          role,
        ]);
      });
    },
    async deleteSession(sessionId) {
      // Foreign keys cascade to events, commands and tokens. The rows are gone for every query at once; the
      // space they took (and their bytes on disk) is reclaimed by (auto)VACUUM, as PostgreSQL has no
      // equivalent of SQLite's secure_delete.
      // The project report versions built from the session go with it (they hold its published text).
      await inTransaction(pool, async (c) => {
        await deleteReportsOfSession(c, sessionId);
        await c.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
      });
    },
    async expiredSessions(now, defaultDays) {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id FROM sessions
         WHERE ended_at IS NOT NULL AND ended_at + COALESCE(retention_days, $1)::bigint * 86400000 <= $2`,
        [defaultDays, now],
      );
      return rows.map((r) => r.id);
    },
    async close() {
      await pool.end();
    },
  };
};
