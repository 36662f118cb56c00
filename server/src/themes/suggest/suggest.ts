import type { Language } from '@aquarium/shared';
import { averageLink } from './cluster.js';
import { splitByVocabulary } from './decompound.js';
import { normaliser, type Normaliser, type Word } from './normalize.js';
import { cosine, similarityMatrix, termCounts, tfidf, vectorOf } from './vectors.js';

/** A note or an approved thought with no theme yet. */
export interface Unthemed {
  kind: 'note' | 'thought';
  id: string;
  text: string;
}

/** An existing theme of the question, with the texts already under it. */
export interface ExistingTheme {
  id: string;
  name: string;
  texts: string[];
}

export interface Suggestion {
  name: string;
  members: Unthemed[];
}

export interface Placement {
  item: Unthemed;
  themeId: string;
  similarity: number;
}

/** Tuned on the labelled sessions (see `node scripts/pnpm.mjs run bench:themes` and docs/PERFORMANCE.md). */
export const defaults = {
  /** Average cosine similarity within a suggested theme. */
  threshold: 0.06,
  /** How close an item must be to an existing theme's texts to be proposed for it. */
  placeThreshold: 0.2,
  partWeight: 0.5,
  /** Weight of the words a word is derived from (Finnish with Voikko). */
  rootWeight: 0.3,
  minSize: 2,
  voikko: true,
  /** False: only the existing-theme proposals, no new groups. */
  cluster: true,
};
export type SuggestOptions = typeof defaults;

const and: Record<Language, string> = { fi: 'ja', sv: 'och', en: 'and' };

/**
 * Groups the unthemed items of one question into suggested themes, each named by its most telling words,
 * and proposes an existing theme for the items that clearly fit one (those are not grouped again).
 */
export const suggestThemes = (
  language: Language,
  items: readonly Unthemed[],
  themes: readonly ExistingTheme[],
  options: Partial<SuggestOptions> = {},
): { suggestions: Suggestion[]; placements: Placement[] } => {
  const o = { ...defaults, ...options };
  const norm = normaliser(language, { voikko: o.voikko });
  const texts = [...items.map((i) => i.text), ...themes.map((t) => [t.name, t.name, ...t.texts].join('\n'))];
  const normalised = texts.map((text) => norm.words(text));
  const all = norm.stem && o.partWeight > 0 ? splitByVocabulary(normalised, norm.stem) : normalised;
  const words = all.slice(0, items.length);
  const themeWords = all.slice(items.length);
  const counts = [...words, ...themeWords].map((w) => termCounts(w, o.partWeight, o.rootWeight));
  const { vectors, idf, termIndex } = tfidf(counts);

  const placements: Placement[] = [];
  const free: number[] = [];
  items.forEach((item, i) => {
    const v = vectors[i];
    let best: Placement | null = null;
    themes.forEach((theme, t) => {
      const similarity = v ? cosine(v, vectors[items.length + t] ?? v) : 0;
      if (similarity >= o.placeThreshold && (!best || similarity > best.similarity)) {
        best = { item, themeId: theme.id, similarity };
      }
    });
    if (best) placements.push(best);
    else free.push(i);
  });

  if (!o.cluster) return { suggestions: [], placements };
  const freeVectors = free.map((i) => vectors[i] ?? vectorOf(new Map(), termIndex, idf));
  const labels = averageLink(similarityMatrix(freeVectors, termIndex.size), free.length, o.threshold);
  const groups = new Map<number, number[]>();
  labels.forEach((label, k) => groups.set(label, [...(groups.get(label) ?? []), free[k] as number]));

  const suggestions = [...groups.values()]
    .filter((members) => members.length >= o.minSize)
    .map((members) => ({
      name: nameOf(
        members.map((i) => words[i] ?? []),
        termIndex,
        idf,
        norm,
        and[language],
      ),
      members: members.map((i) => items[i] as Unthemed),
    }))
    .sort((a, b) => b.members.length - a.members.length);
  return { suggestions, placements };
};

/**
 * The one or two words most telling of a group: found in many of its texts and few others (document
 * frequency in the group × idf), nouns first. A stem is shown as the shortest form its members use.
 */
export const nameOf = (
  members: readonly Word[][],
  termIndex: Map<string, number>,
  idf: Float64Array,
  norm: Normaliser,
  conjunction: string,
): string => {
  const score = new Map<string, number>();
  const texts = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const words of members) {
    const seen = new Set<string>();
    for (const w of words) {
      const forms = surfaces.get(w.key) ?? new Map<string, number>();
      forms.set(w.surface, (forms.get(w.surface) ?? 0) + 1);
      surfaces.set(w.key, forms);
      if (seen.has(w.key) || !w.nameable) continue;
      seen.add(w.key);
      texts.set(w.key, (texts.get(w.key) ?? 0) + 1);
      const i = termIndex.get(w.key);
      score.set(w.key, (score.get(w.key) ?? 0) + (i === undefined ? 1 : (idf[i] ?? 1)) * (w.noun ? 1.5 : 1));
    }
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const show = (key: string): string => {
    if (norm.baseForms) return key;
    const forms = [...(surfaces.get(key) ?? new Map<string, number>())];
    // The shortest form the members use is the nearest to a base form ("servicebeskrivning" before
    // "servicebeskrivningen", "volunteer" before "volunteers"); among equals, the most used.
    forms.sort((a, b) => a[0].length - b[0].length || b[1] - a[1] || a[0].localeCompare(b[0]));
    return forms[0]?.[0] ?? key;
  };
  const [first, second] = ranked;
  if (!first) return '';
  const words = [show(first[0])];
  // A second word only when it is nearly as common in the group as the first: "Palvelukuvaus", not
  // "Palvelukuvaus ja asiakas" because two of four notes mention clients.
  const common = (key: string) => texts.get(key) ?? 0;
  if (
    second &&
    second[1] >= first[1] * 0.6 &&
    common(second[0]) >= common(first[0]) * 0.75 &&
    !first[0].includes(second[0]) &&
    !second[0].includes(first[0])
  ) {
    words.push(show(second[0]));
  }
  const name = words.join(` ${conjunction} `);
  return name.charAt(0).toUpperCase() + name.slice(1);
};
