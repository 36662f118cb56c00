import type { Language } from '@aquarium/shared';
import { normaliser, type Normaliser } from '../themes/suggest/normalize.js';

const normalisers = new Map<Language, Normaliser>();

/**
 * A theme name's content words, normalised as theme suggestions normalise them (Voikko's base forms for Finnish
 * when installed, else Snowball stems; stop words left out), so "Yhteistyö" and "yhteistyötä" are one word.
 */
export const nameWords =
  (language: Language) =>
  (name: string): string[] => {
    let n = normalisers.get(language);
    if (!n) {
      n = normaliser(language);
      normalisers.set(language, n);
    }
    return n.words(name).map((w) => w.key);
  };
