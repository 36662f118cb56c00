import { useSyncExternalStore } from 'react';

/** The phone's own choices, kept in this browser: a vibration on a change of activity. */
const VIBRATE_KEY = 'aquarium.vibrate';
const listeners = new Set<() => void>();

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

export const vibrationAllowed = (): boolean => read(VIBRATE_KEY) === 'on';

export const setVibration = (on: boolean) => {
  try {
    localStorage.setItem(VIBRATE_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  for (const l of listeners) l();
};

export const useVibration = (): boolean =>
  useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, vibrationAllowed);

/** Whether this device can vibrate at all (most desktop browsers and iPhones cannot). */
export const canVibrate = (): boolean => typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
