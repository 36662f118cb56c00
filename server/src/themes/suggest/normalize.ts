import { stemmer as finnishStem } from '@orama/stemmers/finnish';
import { stemmer as swedishStem } from '@orama/stemmers/swedish';
import { stemmer as englishStem } from '@orama/stemmers/english';
import type { Language } from '@aquarium/shared';
import { stopWords } from './stopwords.js';
import { loadVoikko, type Voikko } from './voikko.js';

/** One content word of a text, normalised. */
export interface Word {
  /** The word's base form (Voikko) or stem (Snowball): inflected forms of one word share it. */
  key: string;
  /** Base forms (or stems) of a compound's parts; just `[key]` for a simple word. */
  parts: string[];
  /** Words it is derived from (Voikko only), e.g. `kuvaus` → kuvata. */
  roots?: string[];
  /** The word as written, lower case: names are made from these when only a stem is known. */
  surface: string;
  /** True when the word is known to be a noun (Voikko only): theme names prefer nouns. */
  noun: boolean;
  /** False for verbs and adverbs (Voikko only): a theme is named by a thing, not by "tavoittaa". */
  nameable: boolean;
}

/** Turns a text into its content words; one per language, with or without Voikko. */
export interface Normaliser {
  words(text: string): Word[];
  /** Whether `key` is a base form that can be shown as it is (Voikko), or a stem that needs a surface form. */
  readonly baseForms: boolean;
  /** The stemmer, when words are stems: compounds are then split by the texts' own vocabulary. */
  readonly stem?: (word: string) => string;
}

/** Voikko's classes of words that do not name a theme: verbs, adverbs, negation. */
const unnameable = new Set(['teonsana', 'seikkasana', 'kieltosana', 'huudahdussana', 'suhdesana']);

const stems: Record<Language, (w: string) => string> = { fi: finnishStem, sv: swedishStem, en: englishStem };

/** Letters with inner hyphens or apostrophes ("sote-palvelut", "don't"); digits and punctuation split words. */
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

export const tokens = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/**
 * Finnish with Voikko: base forms and compound parts (`palvelukuvauksia` → palvelukuvaus, [palvelu, kuvaus]).
 * Without Voikko, and for Swedish and English: the Snowball stemmer, no compound parts.
 */
export const normaliser = (language: Language, options: { voikko?: boolean } = {}): Normaliser => {
  const stop = stopWords[language];
  const voikko = language === 'fi' && options.voikko !== false ? loadVoikko() : null;
  return voikko ? voikkoNormaliser(voikko, stop) : stemNormaliser(stems[language], stop);
};

const stemNormaliser = (stem: (w: string) => string, stop: ReadonlySet<string>): Normaliser => ({
  baseForms: false,
  stem,
  words: (text) =>
    tokens(text).flatMap((surface): Word[] => {
      if (surface.length < 2 || stop.has(surface)) return [];
      const key = stem(surface);
      if (stop.has(key)) return [];
      return [{ key, parts: [key], surface, noun: false, nameable: true }];
    }),
});

const voikkoNormaliser = (voikko: Voikko, stop: ReadonlySet<string>): Normaliser => ({
  baseForms: true,
  words: (text) =>
    tokens(text).flatMap((surface): Word[] => {
      if (surface.length < 2 || stop.has(surface)) return [];
      // Hyphenated words ("sote-palvelut") are analysed as their parts.
      const pieces = surface.split('-');
      const analyses = pieces.map((p) => voikko.analyze(p));
      const last = analyses[analyses.length - 1];
      if (!last) {
        // Unknown to Voikko (a name, a typo, an abbreviation): kept as written.
        return [{ key: surface, parts: [surface], surface, noun: false, nameable: true }];
      }
      const key = pieces.length > 1 ? [...pieces.slice(0, -1), last.baseform].join('-') : last.baseform;
      if (stop.has(key) || last.wordClass === 'asemosana' || last.wordClass === 'sidesana') return [];
      const parts = analyses.flatMap((a, i) => (a ? a.parts : [pieces[i] ?? ''])).filter((p) => !stop.has(p));
      const roots = analyses.flatMap((a) => a?.roots ?? []);
      const noun = last.wordClass === 'nimisana' || last.wordClass === 'nimisana_laatusana';
      return [{ key, parts, roots, surface, noun, nameable: !unnameable.has(last.wordClass) }];
    }),
});
