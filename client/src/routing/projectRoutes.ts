import { createProjectPath } from './route';

/** The project pages (issue #18), told apart in their own chunk (the phone's entry only knows they are projects'). */
export type ProjectRoute =
  | { name: 'createProject'; createdId: string | null }
  | { name: 'project'; projectId: string }
  | { name: 'projectReport'; projectId: string }
  | { name: 'publicReport'; code: string };

/** `/new-project`, `/project/<id>`, `/project/<id>/report` and `/r/<code>`; null for any other path. */
export const parseProjectRoute = (pathname: string, search: string): ProjectRoute | null => {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === createProjectPath)
    return { name: 'createProject', createdId: new URLSearchParams(search).get('created') };
  const m = /^\/(?:project\/([^/]+)(\/report)?|r\/([^/]+))$/.exec(path);
  if (!m) return null;
  if (m[3]) return { name: 'publicReport', code: decodeURIComponent(m[3]) };
  const projectId = decodeURIComponent(m[1]!);
  return m[2] ? { name: 'projectReport', projectId } : { name: 'project', projectId };
};
