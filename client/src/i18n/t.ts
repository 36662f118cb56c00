import type { Language } from '@aquarium/shared';
import type { MessageKey } from './fi';

export type { MessageKey };
export type Vars = Record<string, string | number>;
export type T = (key: MessageKey, vars?: Vars) => string;
/** Strings of one language, or a part of them. */
export type Catalog = Partial<Record<MessageKey, string>>;

/**
 * The strings loaded so far. Every language comes in lazy chunks (`load.ts`): the entry's strings in the language the
 * page opens in before the first render (`main.tsx`; the server preloads that chunk beside the entry), and the lazy
 * views (staff, info pages, the phone's parts) fetch their own in the language shown before they render (`lazyView`).
 * A string not loaded yet in the language shown (just switched) shows in a language that has it, until it arrives.
 */
const catalogs: Record<Language, Catalog> = { fi: {}, sv: {}, en: {} };
/** Plain-language (selkokieli) versions of the participant's strings, Finnish and Swedish, each a lazy chunk. */
const plainCatalogs: Record<Language, Catalog> = { fi: {}, sv: {}, en: {} };
let revision = 0;

export const registerCatalog = (language: Language, strings: Catalog): void => {
  Object.assign(catalogs[language], strings);
  revision += 1;
};

export const registerPlainCatalog = (language: Language, strings: Catalog): void => {
  Object.assign(plainCatalogs[language], strings);
  revision += 1;
};

/**
 * Looks up a string (its plain-language version first when `plain`, else the standard one first) and fills `{name}`
 * placeholders; unknown
 * placeholders stay visible to catch mistakes.
 */
export const translate = (language: Language, key: MessageKey, vars?: Vars, plain = false): string => {
  // The plain strings hold only what reads differently; the standard ones are fetched beneath them. Turned off, the
  // plain ones stand in while the standard ones are still on their way (rather than Finnish).
  const template =
    (plain
      ? (plainCatalogs[language][key] ?? catalogs[language][key])
      : (catalogs[language][key] ?? plainCatalogs[language][key])) ??
    catalogs.fi[key] ??
    catalogs.sv[key] ??
    catalogs.en[key] ??
    key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
};

const translators = new Map<string, T>();
let translatorsRevision = revision;

/**
 * The translator of a language (plain or standard): the same function until more strings arrive, then a new one
 * (effects re-run).
 */
export const translator = (language: Language, plain = false): T => {
  if (translatorsRevision !== revision) {
    translators.clear();
    translatorsRevision = revision;
  }
  const id = plain ? `${language}-plain` : language;
  let t = translators.get(id);
  if (!t) {
    t = (key, vars) => translate(language, key, vars, plain);
    translators.set(id, t);
  }
  return t;
};
