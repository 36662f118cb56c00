import type { Language } from '@aquarium/shared';
import { registerPlainCatalog, type Catalog } from './t';

/**
 * Plain language (selkokieli, lättläst) exists for Finnish and Swedish: the participant's strings rewritten to
 * Selkokeskus's guidelines. Each language is a lazy chunk, fetched only when a phone turns plain language on, so the
 * phone's page weight holds.
 */
const loaders: Partial<Record<Language, () => Promise<Catalog>>> = {
  fi: () => import('./plain/fi').then((m) => m.plainFi),
  sv: () => import('./plain/sv').then((m) => m.plainSv),
};

export const hasPlainLanguage = (language: Language): boolean => language in loaders;

const loading = new Map<Language, Promise<boolean>>();

/** Fetches the plain strings of `language` once: true when they have just arrived (time to re-render). */
export const loadPlainLanguage = (language: Language): Promise<boolean> => {
  const loader = loaders[language];
  if (!loader) return Promise.resolve(false);
  const pending = loading.get(language);
  if (pending) return pending.then(() => false);
  const load = loader().then((strings) => {
    registerPlainCatalog(language, strings);
    return true;
  });
  loading.set(language, load);
  load.catch(() => loading.delete(language));
  return load;
};

const CHOICE_KEY = 'aquarium.plainLanguage';

/** The person's own choice on this device (null: not chosen, the session's default applies). */
export const storedPlainChoice = (): boolean | null => {
  try {
    const v = localStorage.getItem(CHOICE_KEY);
    return v === 'on' ? true : v === 'off' ? false : null;
  } catch {
    return null;
  }
};

export const storePlainChoice = (on: boolean) => {
  try {
    localStorage.setItem(CHOICE_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
};
