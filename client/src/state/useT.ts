import { useStore } from './store';
import { plainOn } from './uiSlice';
import { translator, type T } from '../i18n/t';

export type { T };

/** The translator for the language chosen in the store; components re-render when it changes or its strings arrive. */
export const useT = (): T => {
  const language = useStore((s) => s.language);
  // Bumped when a lazily loaded catalog (e.g. English) arrives, so text shown in Finnish meanwhile re-renders.
  useStore((s) => s.catalogVersion);
  const plain = useStore(plainOn);
  return translator(language, plain);
};
