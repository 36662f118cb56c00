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

/** A lazy view's plain-language strings, by language (as `CatalogPart` for the standard ones). */
export type PlainPart = Partial<Record<Language, () => Promise<Catalog>>>;

/** The entry's plain strings; lazy views add theirs (`loadPlainPart`) when they load. */
const parts: PlainPart[] = [loaders];

export const hasPlainLanguage = (language: Language): boolean => language in loaders;

const loading = new Map<PlainPart, Map<Language, Promise<boolean>>>();

/** Fetches one part's plain strings in one language once: true when they have just been registered. */
const loadPart = (part: PlainPart, language: Language): Promise<boolean> => {
  const loader = part[language];
  if (!loader) return Promise.resolve(false);
  let byLanguage = loading.get(part);
  if (!byLanguage) loading.set(part, (byLanguage = new Map()));
  const pending = byLanguage.get(language);
  if (pending) return pending.then(() => false);
  const load = loader().then((strings) => {
    registerPlainCatalog(language, strings);
    return true;
  });
  byLanguage.set(language, load);
  // A failed fetch is forgotten, so the next try fetches again.
  load.catch(() => byLanguage.delete(language));
  return load;
};

/** Fetches the plain strings of `language` (every part known so far) once: true when some have just arrived. */
export const loadPlainLanguage = async (language: Language): Promise<boolean> =>
  (await Promise.all(parts.map((part) => loadPart(part, language)))).some(Boolean);

/**
 * A lazy view's plain strings: adds the part (every later switch to plain language fetches it too) and, when plain
 * language is on, fetches it in `language`, so the view renders in plain language from its first frame.
 */
export const loadPlainPart = (part: PlainPart, language: Language, on: boolean): Promise<boolean> => {
  if (!parts.includes(part)) parts.push(part);
  return on ? loadPart(part, language) : Promise.resolve(false);
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
