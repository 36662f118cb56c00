import type { Language } from '@aquarium/shared';
import { plainCore } from './plain';
import { registerCatalog, registerPlainCatalog, type Catalog } from './t';

type Loader = () => Promise<Catalog>;

/**
 * One part of the strings, by language, each a lazy chunk; a language the part lacks is built in (or not needed).
 * `plain`: the part's plain-language version (Finnish, Swedish): only the strings that read differently in plain
 * language, fetched beside the standard ones while plain language is on (the others show as they stand).
 */
export type CatalogPart = Partial<Record<Language, Loader>> & { plain?: Partial<Record<Language, Loader>> };

/**
 * The entry's own part, in every language a lazy chunk: a Swedish or English phone never downloads the Finnish. Lazy
 * views add theirs (`loadCatalogPart`) when they load.
 */
const parts: CatalogPart[] = [
  {
    fi: () => import('./core.fi').then((m) => m.coreFi),
    sv: () => import('./core.sv').then((m) => m.coreSv),
    en: () => import('./core.en').then((m) => m.coreEn),
    plain: plainCore,
  },
];

/** Fetches in flight or done, by the loaders' owner (a part, or its plain version) and language. */
const loading = new Map<object, Map<Language, Promise<boolean>>>();

const fetchOnce = (
  owner: object,
  loader: Loader,
  language: Language,
  register: (language: Language, strings: Catalog) => void,
): Promise<boolean> => {
  let byLanguage = loading.get(owner);
  if (!byLanguage) loading.set(owner, (byLanguage = new Map()));
  const pending = byLanguage.get(language);
  if (pending) return pending.then(() => false);
  const load = loader().then((strings) => {
    register(language, strings);
    return true;
  });
  byLanguage.set(language, load);
  // A failed fetch is forgotten, so the next switch or view load tries again.
  load.catch(() => byLanguage.delete(language));
  return load;
};

/**
 * Fetches one part in one language once (and its plain version beside it, when `plain` and the part has one): true
 * when strings have just been registered; rejects if a fetch failed.
 */
const loadPart = async (part: CatalogPart, language: Language, plain: boolean): Promise<boolean> => {
  const loader = part[language];
  const plainLoader = plain ? part.plain?.[language] : undefined;
  const loads = await Promise.all([
    loader ? fetchOnce(part, loader, language, registerCatalog) : false,
    part.plain && plainLoader ? fetchOnce(part.plain, plainLoader, language, registerPlainCatalog) : false,
  ]);
  return loads.some(Boolean);
};

/**
 * Fetches the strings of `language` (every part known so far; in plain language, their plain versions too where
 * there are) once. Resolves true when some have just been registered (time to re-render), false when there was nothing
 * new; a part that fails stays in Finnish (or its keys) until the next try.
 */
export const loadLanguage = async (language: Language, plain = false): Promise<boolean> => {
  const results = await Promise.allSettled(parts.map((part) => loadPart(part, language, plain)));
  for (const r of results)
    if (r.status === 'rejected') console.warn(`could not load the ${language} strings`, r.reason);
  return results.some((r) => r.status === 'fulfilled' && r.value);
};

/**
 * A lazy view's strings, so a phone fetches only the language it shows, and only once it needs the view: adds the
 * part (every later language switch fetches it too) and fetches it in `language` (plain, when on). Rejects if that
 * fetch fails, so the view's loader fails as a whole rather than render without its text.
 */
export const loadCatalogPart = (part: CatalogPart, language: Language, plain = false): Promise<boolean> => {
  if (!parts.includes(part)) parts.push(part);
  return loadPart(part, language, plain);
};
