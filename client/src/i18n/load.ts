import type { Language } from '@aquarium/shared';
import { registerCatalog, type Catalog } from './t';

/** One part of the strings, by language, each a lazy chunk; a language the part lacks is built in (or not needed). */
export type CatalogPart = Partial<Record<Language, () => Promise<Catalog>>>;

/** The entry's own part (its Finnish is built in); lazy views add theirs (`loadCatalogPart`) when they load. */
const parts: CatalogPart[] = [
  { sv: () => import('./core.sv').then((m) => m.coreSv), en: () => import('./core.en').then((m) => m.coreEn) },
];

const loading = new Map<CatalogPart, Map<Language, Promise<boolean>>>();

/** Fetches one part in one language once: true when it has just been registered; rejects if the fetch failed. */
const loadPart = (part: CatalogPart, language: Language): Promise<boolean> => {
  const loader = part[language];
  if (!loader) return Promise.resolve(false);
  let byLanguage = loading.get(part);
  if (!byLanguage) loading.set(part, (byLanguage = new Map()));
  const pending = byLanguage.get(language);
  if (pending) return pending.then(() => false);
  const load = loader().then((strings) => {
    registerCatalog(language, strings);
    return true;
  });
  byLanguage.set(language, load);
  // A failed fetch is forgotten, so the next switch or view load tries again.
  load.catch(() => byLanguage.delete(language));
  return load;
};

/**
 * Fetches the strings of `language` (every part known so far) once. Resolves true when some have just been
 * registered (time to re-render), false when there was nothing new; a part that fails stays in Finnish (or its
 * keys) until the next try.
 */
export const loadLanguage = async (language: Language): Promise<boolean> => {
  const results = await Promise.allSettled(parts.map((part) => loadPart(part, language)));
  for (const r of results)
    if (r.status === 'rejected') console.warn(`could not load the ${language} strings`, r.reason);
  return results.some((r) => r.status === 'fulfilled' && r.value);
};

/**
 * A lazy view's strings, so a phone fetches only the language it shows, and only once it needs the view: adds the
 * part (every later language switch fetches it too) and fetches it in `language`. Rejects if that fetch fails, so the
 * view's loader fails as a whole rather than render without its text.
 */
export const loadCatalogPart = (part: CatalogPart, language: Language): Promise<boolean> => {
  if (!parts.includes(part)) parts.push(part);
  return loadPart(part, language);
};
