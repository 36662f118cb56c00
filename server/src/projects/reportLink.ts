import type { Storage } from '../storage/storage.js';
import type { ProjectData } from './stored.js';

/**
 * The published report of the project a session belongs to, for the session's published summary answer:
 * a participant of one session reaches the whole project's report. Null before the first publication.
 */
export const projectReportOf = async (
  storage: Storage,
  sessionId: string,
): Promise<{ code: string; latest: number; title: string } | null> => {
  const projectId = await storage.projectOfSession(sessionId);
  const project = projectId ? await storage.project(projectId) : null;
  if (!project?.reportCode) return null;
  const latest = (await storage.projectReportVersions(project.id)).at(-1)?.version;
  if (latest === undefined) return null;
  return { code: project.reportCode, latest, title: (JSON.parse(project.settings) as ProjectData).name };
};
