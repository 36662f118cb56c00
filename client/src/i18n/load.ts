import type { Language } from '@aquarium/shared';
import { registerCatalog, type Catalog } from './t';

/** The entry's strings in languages other than the built-in Finnish: each a lazy chunk. */
const loaders: Record<Exclude<Language, 'fi'>, () => Promise<Catalog>> = {
  en: () => import('./core.en').then((m) => m.coreEn),
};

const loading = new Map<Language, Promise<boolean>>();

/**
 * Fetches the strings of `language` once. Resolves true when they have just been registered (time to re-render),
 * false when there was nothing to fetch or it failed (the text stays Finnish; the next switch tries again).
 */
export const loadLanguage = (language: Language): Promise<boolean> => {
  if (language === 'fi') return Promise.resolve(false);
  const pending = loading.get(language);
  if (pending) return pending.then(() => false);
  const load = loaders[language]().then(
    (strings) => {
      registerCatalog(language, strings);
      return true;
    },
    (err: unknown) => {
      loading.delete(language);
      console.warn(`could not load the ${language} strings`, err);
      return false;
    },
  );
  loading.set(language, load);
  return load;
};
