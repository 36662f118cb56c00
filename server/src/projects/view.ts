import type { ProjectView } from '@aquarium/shared';
import type { SessionRegistry } from '../engine/registry.js';
import type { Storage } from '../storage/storage.js';
import { sessionRow } from './sessionRows.js';
import type { Project } from './stored.js';

/** GET /api/projects/:id: the project's settings, its sessions as they are now, and the published report. */
export const projectView = async (
  deps: { storage: Storage; registry: SessionRegistry },
  project: Project,
): Promise<ProjectView> => {
  const sessions = await deps.storage.projectSessions(project.id);
  const rows = await Promise.all(
    sessions.map(async (s) => {
      const runtime = await deps.registry.get(s.id);
      return runtime ? sessionRow(s.id, s.createdAt, runtime.current) : null;
    }),
  );
  const { data } = project;
  return {
    projectId: project.id,
    name: data.name,
    organisation: data.organisation,
    years: data.years,
    language: data.language,
    setup: data.setup,
    footer: data.footer,
    fundingMark: data.fundingMark,
    createdAt: project.createdAt,
    sessions: rows.filter((r) => r !== null),
    report: { code: project.reportCode, versions: await deps.storage.projectReportVersions(project.id) },
  };
};
