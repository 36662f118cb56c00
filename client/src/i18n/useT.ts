import { useCallback } from 'react';
import { useStore } from '../state/store';
import { translate, type MessageKey, type Vars } from './t';

export type T = (key: MessageKey, vars?: Vars) => string;

/** The translator for the language chosen in the store; components re-render when it changes. */
export const useT = (): T => {
  const language = useStore((s) => s.language);
  return useCallback((key: MessageKey, vars?: Vars) => translate(language, key, vars), [language]);
};
