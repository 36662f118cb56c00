import { normalizeJoinCode } from '@aquarium/shared';
import { infoRoute, type InfoRoute } from './infoRoutes';

/**
 * The page paths of shared `paths`, restated here because importing that module at run time would pull
 * zod (used by its schemas) into the phone's bundle; route.test.ts checks that both agree.
 */
export const pagePaths = {
  facilitator: '/facilitator',
  scribe: '/scribe',
  screen: '/screen',
  join: (code: string) => `/j/${code}`,
};

/** The pages of the app, from the path (no router library: a handful of fixed paths). */
export type Route =
  | { name: 'home' }
  | { name: 'create'; createdId: string | null }
  | { name: 'facilitator' }
  | { name: 'scribe' }
  | { name: 'screen' }
  | { name: 'join'; code: string }
  /** A project page (issue #18): which one, `projectRoutes.ts` tells, in the pages' own chunk. */
  | { name: 'projects' }
  | InfoRoute
  | { name: 'notFound' };

export const createPath = '/new';

export const parseRoute = (pathname: string, search: string): Route => {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === createPath) return { name: 'create', createdId: new URLSearchParams(search).get('created') };
  if (path === pagePaths.facilitator) return { name: 'facilitator' };
  if (path === pagePaths.scribe) return { name: 'scribe' };
  if (path === pagePaths.screen) return { name: 'screen' };
  const join = /^\/j\/([^/]+)$/.exec(path);
  if (join) return { name: 'join', code: normalizeJoinCode(decodeURIComponent(join[1]!)) };
  if (/^\/(?:new-project$|project\/|r\/)/.test(path)) return { name: 'projects' };
  return infoRoute(path) ?? { name: 'notFound' };
};

export const createdPath = (sessionId: string) => `${createPath}?created=${encodeURIComponent(sessionId)}`;

/** Where a new project is made (the project pages' paths: `projectPages.ts`). */
export const createProjectPath = '/new-project';
