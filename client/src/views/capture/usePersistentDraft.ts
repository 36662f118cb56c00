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

const useDraftKey = (name: string) => {
  const sessionId = useStore((s) => s.sessionId ?? '');
  const role = useStore((s) => s.role ?? '');
  return `aquarium.draft.${sessionId}.${role}.${name}`;
};

/** Text being typed, kept in this browser while typing so a reload or a crash does not lose it. */
export const usePersistentDraft = (name: string): [string, (value: string) => void] => {
  const key = useDraftKey(name);
  const [draft, setDraft] = useState(() => ({ key, value: read(key) }));
  const value = draft.key === key ? draft.value : read(key);
  useEffect(() => write(key, value), [key, value]);
  return [value, (next) => setDraft({ key, value: next })];
};

/** Drops the text kept for `name`, e.g. a record typed by someone who no longer chairs the group. */
export const useForgetDraft = (name: string) => {
  const key = useDraftKey(name);
  useEffect(() => write(key, ''), [key]);
};
