import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_VERSION, upcastEvent, type Role, type SessionEvent } from '@aquarium/shared';
import { Eraser } from './erase.js';
import { migrations } from './migrations.js';
import { deleteReportsOfSession, sqliteProjects } from './sqliteProjects.js';
import { WalSync } from './walSync.js';
import {
  JoinCodeTaken,
  SequenceConflict,
  type AppendBatch,
  type NewToken,
  type Storage,
  type TokenGrant,
} from './storage.js';

interface EventRow {
  seq: number;
  type: string;
  at: number;
  data: string;
  v: number;
}

const toEvent = (r: EventRow) => upcastEvent({ seq: r.seq, type: r.type, at: r.at, data: JSON.parse(r.data) }, r.v);

const migrate = (db: Database.Database) => {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
};

/** Rewrites the file from the live rows and empties the WAL (see Eraser), on this thread. */
const eraseRemnants = (db: Database.Database) => {
  db.exec('VACUUM');
  for (let tries = 0; tries < 50; tries++) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (!result || result.busy === 0) return;
  }
  throw new Error('the WAL could not be truncated after a delete');
};

/** Opens (creating if needed) the SQLite file and runs pending migrations. */
export const openSqliteStorage = (
  file: string,
  opts: {
    /** Tests only: a page limit that makes writes past it fail with SQLITE_FULL, as a full disk does. */
    maxPageCount?: number;
    /** Tests only: what makes a group commit durable (default: `syncWal` on the file's WAL). */
    syncWal?: () => Promise<void>;
  } = {},
): Storage => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we acknowledge it, so an acknowledged command survives even a
  // power cut, not only a process crash (NORMAL in WAL mode only protects against the latter).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so "delete everything" really removes the text.
  db.pragma('secure_delete = ON');
  migrate(db);
  if (opts.maxPageCount) db.pragma(`max_page_count = ${Math.floor(opts.maxPageCount)}`);
  // Deleted content leaves the file in a worker thread; this connection's writes wait for it meanwhile.
  const eraser = new Eraser(file, () => eraseRemnants(db));

  const q = {
    insertSession: db.prepare('INSERT INTO sessions (id, join_code, created_at, project_id) VALUES (?, ?, ?, ?)'),
    sessionByCode: db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE join_code = ?'),
    insertEvent: db.prepare('INSERT INTO events (session_id, seq, type, at, data, v) VALUES (?, ?, ?, ?, ?, ?)'),
    events: db.prepare<[string, number], EventRow>(
      'SELECT seq, type, at, data, v FROM events WHERE session_id = ? AND seq > ? ORDER BY seq',
    ),
    eventsOfType: db.prepare<[string, string], EventRow>(
      'SELECT seq, type, at, data, v FROM events WHERE session_id = ? AND type = ? ORDER BY seq',
    ),
    insertCommand: db.prepare('INSERT INTO commands (session_id, command_id, ack) VALUES (?, ?, ?)'),
    command: db.prepare<[string, string], { ack: string }>(
      'SELECT ack FROM commands WHERE session_id = ? AND command_id = ?',
    ),
    insertToken: db.prepare('INSERT INTO tokens (hash, session_id, role, participant_id) VALUES (?, ?, ?, ?)'),
    ended: db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ?'),
    retention: db.prepare('UPDATE sessions SET retention_days = ? WHERE id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    deleteRoleTokens: db.prepare('DELETE FROM tokens WHERE session_id = ? AND role = ?'),
    expired: db.prepare<[number, number], { id: string }>(
      'SELECT id FROM sessions WHERE ended_at IS NOT NULL AND ended_at + COALESCE(retention_days, ?) * 86400000 <= ?',
    ),
    token: db.prepare<[string], { session_id: string; role: Role; participant_id: string | null }>(
      'SELECT session_id, role, participant_id FROM tokens WHERE hash = ?',
    ),
  };

  const insertTokens = (tokens: NewToken[]) => {
    for (const t of tokens) q.insertToken.run(t.hash, t.sessionId, t.role, t.participantId);
  };
  const insertEvents = (sessionId: string, events: SessionEvent[]) => {
    for (const e of events) {
      try {
        q.insertEvent.run(sessionId, e.seq, e.type, e.at, JSON.stringify(e.data), EVENT_VERSION);
      } catch (err) {
        if (err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
          throw new SequenceConflict(`session ${sessionId} already has event ${e.seq}`);
        }
        throw err;
      }
      // The retention sweep reads these columns without folding every session.
      if (e.type === 'session.ended') q.ended.run(e.at, sessionId);
      if (e.type === 'session.retentionSet') q.retention.run(e.data.days, sessionId);
    }
  };

  const createTx = db.transaction((s: Parameters<Storage['createSession']>[0]) => {
    q.insertSession.run(s.id, s.joinCode, s.createdAt, s.projectId ?? null);
    insertTokens(s.tokens);
    insertEvents(s.id, s.events);
  });
  const appendRows = (sessionId: string, b: AppendBatch) => {
    insertEvents(sessionId, b.events);
    if (b.command) q.insertCommand.run(sessionId, b.command.id, b.command.ack);
    if (b.tokens) insertTokens(b.tokens);
  };
  const appendTx = db.transaction(appendRows);
  const reportsOfSession = deleteReportsOfSession(db);
  // The project report versions built from the session go with it (they hold its published text).
  const deleteTx = db.transaction((sessionId: string) => {
    reportsOfSession(sessionId);
    q.deleteSession.run(sessionId);
  });
  const writable = async () => {
    if (eraser.erasing) await eraser.writable();
  };
  // One transaction, no savepoint per batch: the group stands or falls as a whole (see GroupWriter).
  const appendManyTx = db.transaction((batches: { sessionId: string; batch: AppendBatch }[]) => {
    for (const { sessionId, batch } of batches) appendRows(sessionId, batch);
  });
  // The commands' writes (the hot path) commit under NORMAL and are then synced off the event loop, which makes
  // them exactly as durable as under FULL (see walSync.ts); the caller is answered only after the sync. The
  // rare writes (a new session, a replaced link, a delete, projects) keep FULL's sync on this thread.
  const relaxed = db.prepare('PRAGMA synchronous = NORMAL');
  const full = db.prepare('PRAGMA synchronous = FULL');
  const wal = file === ':memory:' ? null : new WalSync(`${file}-wal`);
  const durable = opts.syncWal ?? (() => (wal ? wal.sync() : Promise.resolve()));
  const commitThenSync = async (commit: () => void, committed?: () => void) => {
    relaxed.run();
    try {
      commit();
    } finally {
      full.run();
    }
    committed?.();
    await durable();
  };

  return {
    ...sqliteProjects(db, writable, () => eraser.erase()),
    async createSession(s) {
      if (eraser.erasing) await eraser.writable();
      try {
        createTx(s);
      } catch (err) {
        if (err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new JoinCodeTaken(s.joinCode);
        }
        throw err;
      }
    },
    async sessionIdByJoinCode(code) {
      return q.sessionByCode.get(code)?.id ?? null;
    },
    async findToken(hash): Promise<TokenGrant | null> {
      const row = q.token.get(hash);
      return row ? { sessionId: row.session_id, role: row.role, participantId: row.participant_id } : null;
    },
    async loadEvents(sessionId, afterSeq = 0) {
      // Row by row: a long session's rows are not all held at once beside the events made of them.
      return Array.from(q.events.iterate(sessionId, afterSeq), toEvent);
    },
    async eventsOfType(sessionId, type) {
      return q.eventsOfType.all(sessionId, type).map(toEvent);
    },
    async append(sessionId, batch) {
      if (eraser.erasing) await eraser.writable();
      await commitThenSync(() => appendTx(sessionId, batch));
    },
    async appendMany(batches, committed) {
      if (eraser.erasing) await eraser.writable();
      await commitThenSync(() => appendManyTx(batches), committed);
    },
    async commandAck(sessionId, commandId) {
      return q.command.get(sessionId, commandId)?.ack ?? null;
    },
    async replaceToken(sessionId, role, hash) {
      if (eraser.erasing) await eraser.writable();
      db.transaction(() => {
        q.deleteRoleTokens.run(sessionId, role);
        q.insertToken.run(hash, sessionId, role, null);
      })();
    },
    async deleteSession(sessionId) {
      // Foreign keys cascade to events, commands and tokens.
      if (eraser.erasing) await eraser.writable();
      deleteTx(sessionId);
      await eraser.erase();
    },
    async expiredSessions(now, defaultDays) {
      return q.expired.all(defaultDays, now).map((r) => r.id);
    },
    async close() {
      if (eraser.erasing) await eraser.writable();
      db.close();
      wal?.close();
    },
  };
};
