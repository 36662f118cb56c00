import type { Language } from '@aquarium/shared';
import type { Catalog } from './t';

/**
 * Plain language (selkokieli, lättläst) exists for Finnish and Swedish: the participant's strings rewritten to
 * Selkokeskus's guidelines. Each part of the strings that a phone shows has its plain version (`CatalogPart.plain`),
 * a lazy chunk per language fetched only while a phone shows plain language, beside the standard strings of that
 * language: it holds only the strings that read differently, so the phone's page weight holds. These are the entry's;
 * the aquarium phone's, the small-group phone's and the join-closed page's are fetched with those views (`nowCatalog`,
 * `groupsCatalog`, `joinClosedCatalog`).
 */
export const plainCore: Partial<Record<Language, () => Promise<Catalog>>> = {
  fi: () => import('./plain/fi').then((m) => m.plainFi),
  sv: () => import('./plain/sv').then((m) => m.plainSv),
};

export const hasPlainLanguage = (language: Language): boolean => language in plainCore;

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
