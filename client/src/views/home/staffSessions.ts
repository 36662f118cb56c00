/**
 * The sessions this browser has created or opened as staff, so that a facilitator finds theirs again from the
 * start page and a bookmark or a new tab opens the same console. One key per session and role, named so that
 * "delete everything now" (`forgetSession`) removes it with the rest of the session's traces.
 */
export type StaffRole = 'facilitator' | 'scribe' | 'screen';

export interface StaffSession {
  sessionId: string;
  role: StaffRole;
  token: string;
  title: string;
  /** When this browser last opened it (ms). */
  openedAt: number;
}

const prefix = 'aquarium.staff.';
const keyOf = (role: StaffRole, sessionId: string) => `${prefix}${role}.${sessionId}`;

const safe = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

export const rememberStaffSession = (entry: StaffSession) =>
  safe(() => localStorage.setItem(keyOf(entry.role, entry.sessionId), JSON.stringify(entry)), undefined);

export const forgetStaffSession = (role: StaffRole, sessionId: string) =>
  safe(() => localStorage.removeItem(keyOf(role, sessionId)), undefined);

/** Every remembered session, the most recently opened first. */
export const listStaffSessions = (): StaffSession[] =>
  safe(() => {
    const found: StaffSession[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const raw = localStorage.getItem(key);
      const entry = raw ? (JSON.parse(raw) as Partial<StaffSession>) : null;
      if (entry?.sessionId && entry.token && entry.role) found.push(entry as StaffSession);
    }
    return found.sort((a, b) => b.openedAt - a.openedAt);
  }, []);

/** The token of the session this browser opened last in this role (a bookmark without its fragment). */
export const lastStaffToken = (role: StaffRole): string | null =>
  listStaffSessions().find((s) => s.role === role)?.token ?? null;

/** Replaces a remembered token after its link was replaced. */
export const replaceRememberedToken = (role: StaffRole, sessionId: string, token: string) => {
  const entry = listStaffSessions().find((s) => s.role === role && s.sessionId === sessionId);
  if (entry) rememberStaffSession({ ...entry, token });
};
