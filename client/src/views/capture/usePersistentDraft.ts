import { useEffect, useState } from 'react';
import { useStore } from '../../state/store';

const read = (key: string): string => {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
};

const write = (key: string, value: string) => {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // private mode: the draft lives as long as the page
  }
};

/** Text being typed, kept in this browser while typing so a reload or a crash does not lose it. */
export const usePersistentDraft = (name: string): [string, (value: string) => void] => {
  const sessionId = useStore((s) => s.sessionId ?? '');
  const role = useStore((s) => s.role ?? '');
  const key = `aquarium.draft.${sessionId}.${role}.${name}`;
  const [draft, setDraft] = useState(() => ({ key, value: read(key) }));
  const value = draft.key === key ? draft.value : read(key);
  useEffect(() => write(key, value), [key, value]);
  return [value, (next) => setDraft({ key, value: next })];
};
