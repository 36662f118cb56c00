import type { CreateSessionResponse } from '@aquarium/shared';

/** Browser storage that never throws (private modes and full quotas just forget). */
const safe = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

const readJson = <T>(storage: Storage, key: string): T | null =>
  safe(() => {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  }, null);

const writeJson = (storage: Storage, key: string, value: unknown) =>
  safe(() => storage.setItem(key, JSON.stringify(value)), undefined);

/**
 * A staff link carries its token in the fragment. Take it out of the address bar (so it is not shown,
 * shared on screen or kept in history) and keep it in this tab's session storage so a reload still works.
 */
export const takeStaffToken = (path: string): string | null => {
  const key = `aquarium.token.${path}`;
  const fromHash = window.location.hash.slice(1);
  if (fromHash) {
    safe(() => sessionStorage.setItem(key, fromHash), undefined);
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return safe(() => sessionStorage.getItem(key), null);
};

/** After a link was replaced: this tab keeps working with the new token, also after a reload. */
export const replaceStaffToken = (path: string, token: string) =>
  safe(() => sessionStorage.setItem(`aquarium.token.${path}`, token), undefined);

/** A participant's identity on this phone. */
export interface ParticipantCredentials {
  token: string;
  participantId: string;
  joinCode: string;
}

const participantPrefix = 'aquarium.participant.';

export const saveParticipant = (sessionId: string, credentials: ParticipantCredentials) =>
  writeJson(localStorage, participantPrefix + sessionId, credentials);

/** Finds this phone's identity for a join code, so a reload works even after joining has closed. */
export const findParticipant = (joinCode: string): { sessionId: string; credentials: ParticipantCredentials } | null =>
  safe(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(participantPrefix)) continue;
      const credentials = readJson<ParticipantCredentials>(localStorage, key);
      if (credentials?.joinCode === joinCode && credentials.token) {
        return { sessionId: key.slice(participantPrefix.length), credentials };
      }
    }
    return null;
  }, null);

export const forgetParticipant = (sessionId: string) =>
  safe(() => localStorage.removeItem(participantPrefix + sessionId), undefined);

const createdKey = (sessionId: string) => `aquarium.created.${sessionId}`;

export const saveCreated = (created: CreateSessionResponse) =>
  writeJson(localStorage, createdKey(created.sessionId), created);

export const loadCreated = (sessionId: string) => readJson<CreateSessionResponse>(localStorage, createdKey(sessionId));

/**
 * After "delete everything now", nothing of the session stays on this device either: its identity,
 * the links, unsent commands and drafts (they may hold a thought's text).
 */
export const forgetSession = (sessionId: string) =>
  safe(() => {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('aquarium.') && (key.endsWith(`.${sessionId}`) || key.includes(`.${sessionId}.`))) {
        keys.push(key);
      }
    }
    for (const key of keys) localStorage.removeItem(key);
  }, undefined);
