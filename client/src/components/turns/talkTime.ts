/** "0:42", "12:05" or "1:02:03": elapsed talk time, rounded down to whole seconds. */
export const formatTalkTime = (ms: number): string => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
};

/** Whether a running turn has passed the soft limit (none when `limitSeconds` is null). */
export const isOverLimit = (ms: number, limitSeconds: number | null): boolean =>
  limitSeconds !== null && ms >= limitSeconds * 1000;

/** A limit in seconds as people say it: "2 min", or "1 min 30 s" — the same in Finnish and English. */
export const formatLimit = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
};
