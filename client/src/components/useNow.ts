import { useEffect, useState } from 'react';

/** The local clock, refreshed every `intervalMs` while `active`. */
export const useNow = (intervalMs: number, active: boolean): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs, active]);
  return now;
};
