/** The server's phase timer, as folded from events; clients compute the countdown from it. */
export interface PhaseTimer {
  durationMs: number;
  /** Time run before the current stretch (sum of finished running stretches). */
  elapsedMs: number;
  /** Server time the current running stretch began, or null while paused. */
  runningSince: number | null;
}

export const startTimer = (durationMs: number, now: number): PhaseTimer => ({
  durationMs,
  elapsedMs: 0,
  runningSince: now,
});

export const elapsedMs = (t: PhaseTimer, now: number): number =>
  t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));

/** Milliseconds left; negative once the phase runs over its time. */
export const remainingMs = (t: PhaseTimer, now: number): number => t.durationMs - elapsedMs(t, now);

export const pauseTimer = (t: PhaseTimer, now: number): PhaseTimer =>
  t.runningSince === null ? t : { ...t, elapsedMs: elapsedMs(t, now), runningSince: null };

export const resumeTimer = (t: PhaseTimer, now: number): PhaseTimer =>
  t.runningSince === null ? { ...t, runningSince: now } : t;

export const extendTimer = (t: PhaseTimer, ms: number): PhaseTimer => ({
  ...t,
  durationMs: Math.max(0, t.durationMs + ms),
});

/** "12:05", or "-0:42" when over time; rounds so that a countdown shows 0:00 only when time is up. */
export const formatCountdown = (ms: number): string => {
  const negative = ms < 0;
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${negative ? '-' : ''}${minutes}:${seconds.toString().padStart(2, '0')}`;
};

/**
 * Offset to add to the local clock to get the server's, from one request/response round trip
 * (the server's time is assumed to be read half way through).
 */
export const clockOffset = (sentAt: number, serverNow: number, receivedAt: number): number =>
  serverNow - (sentAt + receivedAt) / 2;
