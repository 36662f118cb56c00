import type Database from 'better-sqlite3';
import { ProjectReportConflict, type ProjectStore, type StoredProject } from './projectStore.js';

interface ProjectRow {
  id: string;
  owner_hash: string;
  created_at: number;
  updated_at: number;
  settings: string;
  report: string;
  report_code: string | null;
}

const toProject = (r: ProjectRow): StoredProject => ({
  id: r.id,
  ownerHash: r.owner_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  settings: r.settings,
  report: r.report,
  reportCode: r.report_code,
});

const isConstraint = (err: unknown) =>
  err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT');

/** Deletes the report versions built from a session: run in the same transaction as the session's delete. */
export const deleteReportsOfSession = (db: Database.Database) => {
  const stmt = db.prepare(
    `DELETE FROM project_reports WHERE (project_id, version) IN
       (SELECT project_id, version FROM project_report_sessions WHERE session_id = ?)`,
  );
  return (sessionId: string) => stmt.run(sessionId);
};

/**
 * The project half of the SQLite storage. `writable` waits while deleted content is being erased from the
 * file; `erase` rewrites the file after a delete (see Eraser).
 */
export const sqliteProjects = (
  db: Database.Database,
  writable: () => Promise<void>,
  erase: () => Promise<void>,
): ProjectStore => {
  const columns = 'id, owner_hash, created_at, updated_at, settings, report, report_code';
  const q = {
    insert: db.prepare(
      `INSERT INTO projects (${columns}) VALUES (@id, @ownerHash, @createdAt, @updatedAt, @settings, @report, @reportCode)`,
    ),
    byId: db.prepare<[string], ProjectRow>(`SELECT ${columns} FROM projects WHERE id = ?`),
    byCode: db.prepare<[string], ProjectRow>(`SELECT ${columns} FROM projects WHERE report_code = ?`),
    sessions: db.prepare<[string], { id: string; created_at: number }>(
      'SELECT id, created_at FROM sessions WHERE project_id = ? ORDER BY created_at, rowid',
    ),
    ofSession: db.prepare<[string], { project_id: string | null }>('SELECT project_id FROM sessions WHERE id = ?'),
    insertVersion: db.prepare(
      'INSERT INTO project_reports (project_id, version, published_at, document) VALUES (?, ?, ?, ?)',
    ),
    insertVersionSession: db.prepare(
      'INSERT INTO project_report_sessions (project_id, version, session_id) VALUES (?, ?, ?)',
    ),
    setCode: db.prepare('UPDATE projects SET report_code = ? WHERE id = ? AND report_code IS NULL'),
    touch: db.prepare('UPDATE projects SET updated_at = ? WHERE id = ?'),
    versions: db.prepare<[string], { version: number; published_at: number }>(
      'SELECT version, published_at FROM project_reports WHERE project_id = ? ORDER BY version',
    ),
    document: db.prepare<[string, number], { document: string }>(
      'SELECT document FROM project_reports WHERE project_id = ? AND version = ?',
    ),
    delete: db.prepare('DELETE FROM projects WHERE id = ?'),
    expired: db.prepare<[number, number], { id: string }>(
      `SELECT id FROM projects p WHERE p.updated_at + ? * 86400000 <= ?
         AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.project_id = p.id)`,
    ),
  };
  const publishTx = db.transaction((projectId: string, v: Parameters<ProjectStore['publishProjectReport']>[1]) => {
    q.insertVersion.run(projectId, v.version, v.publishedAt, v.document);
    for (const sessionId of new Set(v.sessionIds)) q.insertVersionSession.run(projectId, v.version, sessionId);
    q.setCode.run(v.code, projectId);
    q.touch.run(v.publishedAt, projectId);
  });

  return {
    async createProject(p) {
      await writable();
      q.insert.run(p);
    },
    async project(id) {
      const row = q.byId.get(id);
      return row ? toProject(row) : null;
    },
    async projectByReportCode(code) {
      const row = q.byCode.get(code);
      return row ? toProject(row) : null;
    },
    async updateProject(id, change) {
      await writable();
      const sets = ['updated_at = @updatedAt'];
      if (change.settings !== undefined) sets.push('settings = @settings');
      if (change.report !== undefined) sets.push('report = @report');
      if (change.ownerHash !== undefined) sets.push('owner_hash = @ownerHash');
      db.prepare(`UPDATE projects SET ${sets.join(', ')} WHERE id = @id`).run({ ...change, id });
    },
    async projectSessions(id) {
      return q.sessions.all(id).map((r) => ({ id: r.id, createdAt: r.created_at }));
    },
    async projectOfSession(sessionId) {
      return q.ofSession.get(sessionId)?.project_id ?? null;
    },
    async publishProjectReport(projectId, version) {
      await writable();
      try {
        publishTx(projectId, version);
      } catch (err) {
        if (isConstraint(err)) throw new ProjectReportConflict(`project ${projectId} v${version.version}`);
        throw err;
      }
    },
    async projectReportVersions(projectId) {
      return q.versions.all(projectId).map((r) => ({ version: r.version, publishedAt: r.published_at }));
    },
    async projectReportDocument(projectId, version) {
      return q.document.get(projectId, version)?.document ?? null;
    },
    async deleteProject(id) {
      await writable();
      q.delete.run(id);
      await erase();
    },
    async expiredProjects(now, defaultDays) {
      return q.expired.all(defaultDays, now).map((r) => r.id);
    },
  };
};
