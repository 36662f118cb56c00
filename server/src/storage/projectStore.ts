/**
 * A project as stored: the owner's settings and report draft are JSON texts that the projects domain reads
 * (`server/src/projects/`); storage only keeps them, with the owner token's hash and the report's code.
 */
export interface StoredProject {
  id: string;
  /** SHA-256 of the owner token (the token itself is never stored). */
  ownerHash: string;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms of the last change (settings, report, sessions); the retention of an empty project counts from it. */
  updatedAt: number;
  /** JSON: the project's settings with the stored funding mark. */
  settings: string;
  /** JSON: the owner's theme matches and closing text. */
  report: string;
  /** The published report's public code; null before the first publication. */
  reportCode: string | null;
}

/** One published version of a project report. */
export interface StoredReportVersion {
  version: number;
  /** Epoch ms. */
  publishedAt: number;
}

/** A project report version or code was stored already (another writer got there first); nothing was written. */
export class ProjectReportConflict extends Error {}

/**
 * What the storage keeps of projects (issue #18). A session may belong to one project (`createSession`'s
 * `projectId`); deleting the session also deletes every published report version that was built from it.
 */
export interface ProjectStore {
  createProject(project: StoredProject): Promise<void>;
  project(projectId: string): Promise<StoredProject | null>;
  projectByReportCode(code: string): Promise<StoredProject | null>;
  /** Changes some of a project's fields; `updatedAt` always. */
  updateProject(
    projectId: string,
    change: { updatedAt: number; settings?: string; report?: string; ownerHash?: string },
  ): Promise<void>;
  /** The project's sessions, oldest first. */
  projectSessions(projectId: string): Promise<{ id: string; createdAt: number }[]>;
  /** The project a session belongs to, or null. */
  projectOfSession(sessionId: string): Promise<string | null>;
  /**
   * Stores a published version with the sessions it was built from, and sets the report code when the project
   * has none yet. A version that exists, or a code another project holds, throws `ProjectReportConflict`.
   */
  publishProjectReport(
    projectId: string,
    version: { version: number; publishedAt: number; document: string; sessionIds: string[]; code: string },
  ): Promise<void>;
  /** Published versions, oldest first. */
  projectReportVersions(projectId: string): Promise<StoredReportVersion[]>;
  /** The stored document (JSON) of one version, or null. */
  projectReportDocument(projectId: string, version: number): Promise<string | null>;
  /** Deletes the project, its report versions and draft (its sessions are deleted first, by the caller). */
  deleteProject(projectId: string): Promise<void>;
  /** Projects with no session left whose last change is `defaultDays` or more before `now`. */
  expiredProjects(now: number, defaultDays: number): Promise<string[]>;
}
