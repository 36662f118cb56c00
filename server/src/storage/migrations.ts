/** Schema changes in order; `PRAGMA user_version` records how many have run. Never edit a shipped one. */
export const migrations: string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE events (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE commands (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    command_id TEXT NOT NULL,
    ack TEXT NOT NULL,
    PRIMARY KEY (session_id, command_id)
  ) WITHOUT ROWID;
  CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    participant_id TEXT
  ) WITHOUT ROWID;
  CREATE INDEX tokens_session ON tokens(session_id);
  `,
  `
  ALTER TABLE sessions ADD COLUMN ended_at INTEGER;
  ALTER TABLE sessions ADD COLUMN retention_days INTEGER;
  CREATE INDEX sessions_ended ON sessions(ended_at) WHERE ended_at IS NOT NULL;
  `,
  // Every event carries the shape version it was written at (shared/src/eventVersion.ts); older rows are 1.
  `ALTER TABLE events ADD COLUMN v INTEGER NOT NULL DEFAULT 1;`,
  // Projects (issue #18): several sessions, one report built from what each published.
  `
  CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    owner_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    settings TEXT NOT NULL,
    report TEXT NOT NULL,
    report_code TEXT UNIQUE
  );
  ALTER TABLE sessions ADD COLUMN project_id TEXT REFERENCES projects(id) ON DELETE SET NULL;
  CREATE INDEX sessions_project ON sessions(project_id) WHERE project_id IS NOT NULL;
  CREATE TABLE project_reports (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (project_id, version)
  ) WITHOUT ROWID;
  CREATE TABLE project_report_sessions (
    project_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    PRIMARY KEY (project_id, version, session_id),
    FOREIGN KEY (project_id, version) REFERENCES project_reports(project_id, version) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX project_report_sessions_session ON project_report_sessions(session_id);
  `,
];
