/**
 * PostgreSQL schema changes in order; the `schema_migrations` table records which have run. Never edit a shipped
 * one. The schema mirrors SQLite's (`migrations.ts`): times are epoch milliseconds, event data is JSON text.
 */
export const postgresMigrations: string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL CONSTRAINT sessions_join_code_key UNIQUE,
    created_at BIGINT NOT NULL,
    ended_at BIGINT,
    retention_days INTEGER
  );
  CREATE INDEX sessions_ended ON sessions (ended_at) WHERE ended_at IS NOT NULL;
  CREATE TABLE events (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    at BIGINT NOT NULL,
    data TEXT NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (session_id, seq)
  );
  CREATE TABLE commands (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    command_id TEXT NOT NULL,
    ack TEXT NOT NULL,
    PRIMARY KEY (session_id, command_id)
  );
  CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    participant_id TEXT
  );
  CREATE INDEX tokens_session ON tokens (session_id);
  `,
  // Every event carries the shape version it was written at (shared/src/eventVersion.ts); older rows are 1.
  `ALTER TABLE events ADD COLUMN v INTEGER NOT NULL DEFAULT 1;`,
  // Projects (issue #18): several sessions, one report built from what each published.
  `
  CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    owner_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    settings TEXT NOT NULL,
    report TEXT NOT NULL,
    report_code TEXT CONSTRAINT projects_report_code_key UNIQUE
  );
  ALTER TABLE sessions ADD COLUMN project_id TEXT REFERENCES projects (id) ON DELETE SET NULL;
  CREATE INDEX sessions_project ON sessions (project_id) WHERE project_id IS NOT NULL;
  CREATE TABLE project_reports (
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    published_at BIGINT NOT NULL,
    document TEXT NOT NULL,
    CONSTRAINT project_reports_pkey PRIMARY KEY (project_id, version)
  );
  CREATE TABLE project_report_sessions (
    project_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    PRIMARY KEY (project_id, version, session_id),
    FOREIGN KEY (project_id, version) REFERENCES project_reports (project_id, version) ON DELETE CASCADE
  );
  CREATE INDEX project_report_sessions_session ON project_report_sessions (session_id);
  `,
];
