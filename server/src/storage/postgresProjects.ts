import { DatabaseError, type Pool, type PoolClient } from 'pg';
import { ProjectReportConflict, type ProjectStore, type StoredProject } from './projectStore.js';

interface ProjectRow {
  id: string;
  owner_hash: string;
  created_at: string;
  updated_at: string;
  settings: string;
  report: string;
  report_code: string | null;
}

// BIGINT columns come back as strings; epoch milliseconds fit a double exactly.
const toProject = (r: ProjectRow): StoredProject => ({
  id: r.id,
  ownerHash: r.owner_hash,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  settings: r.settings,
  report: r.report,
  reportCode: r.report_code,
});

const COLUMNS = 'id, owner_hash, created_at, updated_at, settings, report, report_code';

/** Deletes the report versions built from a session: run in the same transaction as the session's delete. */
export const deleteReportsOfSession = (c: PoolClient, sessionId: string) =>
  c.query(
    `DELETE FROM project_reports WHERE (project_id, version) IN
       (SELECT project_id, version FROM project_report_sessions WHERE session_id = $1)`,
    [sessionId],
  );

/** The project half of the PostgreSQL storage; `inTransaction` is the storage's own. */
export const postgresProjects = (
  pool: Pool,
  inTransaction: <T>(work: (c: PoolClient) => Promise<T>) => Promise<T>,
): ProjectStore => {
  const one = async (sql: string, value: string) => {
    const { rows } = await pool.query<ProjectRow>(sql, [value]);
    return rows[0] ? toProject(rows[0]) : null;
  };
  return {
    async createProject(p) {
      await pool.query(`INSERT INTO projects (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        p.id,
        p.ownerHash,
        p.createdAt,
        p.updatedAt,
        p.settings,
        p.report,
        p.reportCode,
      ]);
    },
    project: (id) => one(`SELECT ${COLUMNS} FROM projects WHERE id = $1`, id),
    projectByReportCode: (code) => one(`SELECT ${COLUMNS} FROM projects WHERE report_code = $1`, code),
    async updateProject(id, change) {
      const values: (string | number)[] = [id, change.updatedAt];
      const sets = ['updated_at = $2'];
      for (const [column, value] of [
        ['settings', change.settings],
        ['report', change.report],
        ['owner_hash', change.ownerHash],
      ] as const) {
        if (value === undefined) continue;
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      }
      await pool.query(`UPDATE projects SET ${sets.join(', ')} WHERE id = $1`, values);
    },
    async projectSessions(id) {
      const { rows } = await pool.query<{ id: string; created_at: string }>(
        'SELECT id, created_at FROM sessions WHERE project_id = $1 ORDER BY created_at, id',
        [id],
      );
      return rows.map((r) => ({ id: r.id, createdAt: Number(r.created_at) }));
    },
    async projectOfSession(sessionId) {
      const { rows } = await pool.query<{ project_id: string | null }>(
        'SELECT project_id FROM sessions WHERE id = $1',
        [sessionId],
      );
      return rows[0]?.project_id ?? null;
    },
    async publishProjectReport(projectId, v) {
      try {
        await inTransaction(async (c) => {
          await c.query(
            'INSERT INTO project_reports (project_id, version, published_at, document) VALUES ($1, $2, $3, $4)',
            [projectId, v.version, v.publishedAt, v.document],
          );
          await c.query(
            `INSERT INTO project_report_sessions (project_id, version, session_id)
             SELECT $1::text, $2::int, * FROM unnest($3::text[])`,
            [projectId, v.version, [...new Set(v.sessionIds)]],
          );
          await c.query('UPDATE projects SET report_code = $1 WHERE id = $2 AND report_code IS NULL', [
            v.code,
            projectId,
          ]);
          await c.query('UPDATE projects SET updated_at = $1 WHERE id = $2', [v.publishedAt, projectId]);
        });
      } catch (err) {
        if (err instanceof DatabaseError && err.code === '23505') {
          throw new ProjectReportConflict(`project ${projectId} v${v.version}`);
        }
        throw err;
      }
    },
    async projectReportVersions(projectId) {
      const { rows } = await pool.query<{ version: number; published_at: string }>(
        'SELECT version, published_at FROM project_reports WHERE project_id = $1 ORDER BY version',
        [projectId],
      );
      return rows.map((r) => ({ version: r.version, publishedAt: Number(r.published_at) }));
    },
    async projectReportDocument(projectId, version) {
      const { rows } = await pool.query<{ document: string }>(
        'SELECT document FROM project_reports WHERE project_id = $1 AND version = $2',
        [projectId, version],
      );
      return rows[0]?.document ?? null;
    },
    async deleteProject(id) {
      await pool.query('DELETE FROM projects WHERE id = $1', [id]);
    },
    async expiredProjects(now, defaultDays) {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id FROM projects p WHERE p.updated_at + $1::bigint * 86400000 <= $2
           AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.project_id = p.id)`,
        [defaultDays, now],
      );
      return rows.map((r) => r.id);
    },
  };
};
