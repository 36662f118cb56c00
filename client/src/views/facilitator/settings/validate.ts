import { normalizeJoinCode } from '@aquarium/shared';

/** Days the server keeps an ended session when the facilitator set none (server config default). */
export const DEFAULT_RETENTION_DAYS = 30;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 365;

/** The retention period typed in the settings, or null unless it is a whole number of days in 1–365. */
export const parseRetentionDays = (input: string): number | null => {
  const trimmed = input.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS ? days : null;
};

/** Whether what the facilitator typed is the session's join code, however it is spaced, dashed or cased. */
export const confirmsJoinCode = (typed: string, joinCode: string): boolean =>
  joinCode !== '' && normalizeJoinCode(typed) === normalizeJoinCode(joinCode);

/** The secret token of a staff link: it travels in the fragment (`/scribe#<token>`). */
export const tokenOfLink = (link: string): string => {
  const hash = link.indexOf('#');
  return hash < 0 ? '' : link.slice(hash + 1);
};
