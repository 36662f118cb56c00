import { createProjectPath } from './route';

/**
 * The project pages' paths (issue #18), as shared `projectPaths` has them (restated for the same reason as
 * `pagePaths`, and apart from `route.ts` so that the phone's entry does not carry them; route.test.ts checks that
 * both agree).
 */
export const projectPages = {
  create: createProjectPath,
  created: (projectId: string) => `${createProjectPath}?created=${encodeURIComponent(projectId)}`,
  project: (projectId: string) => `/project/${encodeURIComponent(projectId)}`,
  report: (projectId: string) => `/project/${encodeURIComponent(projectId)}/report`,
  publicReport: (code: string) => `/r/${encodeURIComponent(code)}`,
};
