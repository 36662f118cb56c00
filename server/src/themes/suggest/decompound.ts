import type { Word } from './normalize.js';

const MIN_HEAD = 3;
const MIN_TAIL = 4;

/**
 * Compound parts where no dictionary gives them (Swedish and English, Finnish without Voikko): a word whose
 * stem ends in the stem of another word of the same texts is split there, the longest such ending first
 * (`servicebeskrivning` + `beskrivning` → service, beskrivning; `erfarenhetsexpert` → erfarenhet, expert,
 * a linking `s` dropped). Only endings the texts themselves use count, so rare words are not cut at random.
 */
export const splitByVocabulary = (texts: Word[][], stem: (word: string) => string): Word[][] => {
  const keys = new Set(texts.flatMap((words) => words.map((w) => w.key)));
  const split = new Map<string, string[] | null>();
  const partsOf = (key: string): string[] | null => {
    const known = split.get(key);
    if (known !== undefined) return known;
    let found: string[] | null = null;
    for (let i = MIN_HEAD; i <= key.length - MIN_TAIL && !found; i++) {
      const tail = key.slice(i);
      if (!keys.has(tail)) continue;
      const head = key.slice(0, i);
      const bare = head.endsWith('s') && head.length > MIN_HEAD ? head.slice(0, -1) : head;
      found = [keys.has(head) ? head : stem(bare), tail];
    }
    split.set(key, found);
    return found;
  };
  return texts.map((words) =>
    words.map((w) => {
      if (w.parts.length > 1) return w;
      const parts = partsOf(w.key);
      return parts ? { ...w, parts } : w;
    }),
  );
};
