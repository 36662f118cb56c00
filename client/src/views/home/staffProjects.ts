import { projectKeyPrefix as prefix } from './projectKeys';

/**
 * The projects this browser created or opened with their owner link, so that a project's owner finds it again from
 * the start page without any account. The owner token lives only here (localStorage) and in the link's fragment.
 */
export interface StaffProject {
  projectId: string;
  token: string;
  name: string;
  /** When this browser last opened it (ms). */
  openedAt: number;
}

const keyOf = (projectId: string) => `${prefix}${projectId}`;

const safe = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

export const rememberProject = (entry: StaffProject) =>
  safe(() => localStorage.setItem(keyOf(entry.projectId), JSON.stringify(entry)), undefined);

export const forgetProject = (projectId: string) => safe(() => localStorage.removeItem(keyOf(projectId)), undefined);

/** Every remembered project, the most recently opened first. */
export const listProjects = (): StaffProject[] =>
  safe(() => {
    const found: StaffProject[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const raw = localStorage.getItem(key);
      const entry = raw ? (JSON.parse(raw) as Partial<StaffProject>) : null;
      if (entry?.projectId && entry.token) found.push({ name: '', openedAt: 0, ...entry } as StaffProject);
    }
    return found.sort((a, b) => b.openedAt - a.openedAt);
  }, []);

export const rememberedProject = (projectId: string): StaffProject | null =>
  listProjects().find((p) => p.projectId === projectId) ?? null;

/** The owner token in a project link's fragment (`#owner=<token>`), or null. */
export const ownerTokenIn = (hash: string): string | null => {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('owner');
  return token ? token : null;
};

/** The owner link of a project, as the server hands it out: the token in the fragment, never sent to a server. */
export const ownerFragment = (token: string) => `#owner=${encodeURIComponent(token)}`;
