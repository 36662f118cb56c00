import { useEffect, useState } from 'react';
import { useStore } from '../../state/store';
import { lastStaffToken, rememberStaffSession, replaceRememberedToken, type StaffRole } from './staffSessions';

/**
 * A staff page's token: the fragment of its link, which stays in the address so that a reload, a new tab or a
 * copied address opens the same console; without one, the session this browser opened last in this role.
 * Once connected, the session is remembered for the start page.
 */
export const useStaffToken = (path: string, role: StaffRole): string | null => {
  const [token] = useState(() => {
    const fromHash = window.location.hash.slice(1);
    if (fromHash) return fromHash;
    const remembered = lastStaffToken(role);
    // Put it back in the address, so that what is copied from the address bar works elsewhere too.
    if (remembered && window.location.pathname === path)
      history.replaceState(history.state, '', `${path}#${remembered}`);
    return remembered;
  });
  const sessionId = useStore((s) => s.sessionId);
  const title = useStore((s) => s.session?.setup.title ?? null);
  const connectedRole = useStore((s) => s.role);
  useEffect(() => {
    // After a link was replaced the address holds the new token (see `adoptStaffToken`).
    const used = window.location.hash.slice(1) || token;
    if (!sessionId || title === null || connectedRole !== role || !used) return;
    rememberStaffSession({ sessionId, role, token: used, title, openedAt: Date.now() });
  }, [sessionId, title, connectedRole, role, token]);
  return token;
};

/** This console's link was replaced: the address and the remembered session carry the new token. */
export const adoptStaffToken = (role: StaffRole, sessionId: string | null, newToken: string) => {
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#${newToken}`);
  if (sessionId) replaceRememberedToken(role, sessionId, newToken);
};
