import type { ProjectThemeCatalogue, ThemeMatch, ThemeRef } from '@aquarium/shared';
import type { PublishedSession } from './published.js';
import type { QuestionMap } from './questions.js';

/** A theme's identity across requests: its session, its summary question and its name. */
export const themeKey = (t: ThemeRef): string => `${t.sessionId}\u0000${t.question}\u0000${t.name}`;

/** Every published theme, per project question, in region order. */
export const themeCatalogue = (sessions: PublishedSession[], map: QuestionMap): ProjectThemeCatalogue[] =>
  map.questions.map((q) => ({
    question: q.number,
    text: q.text,
    themes: sessions.flatMap((s) =>
      s.doc.questions
        .filter((sq) => map.of(s.sessionId, sq.number) === q.number)
        .flatMap((sq) =>
          sq.themes.map((t) => ({ sessionId: s.sessionId, question: sq.number, name: t.name, region: s.region })),
        ),
    ),
  }));

/** How alike two names are: the share of content words (normalised) they have in common (Jaccard). */
const likeness = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
};

/** Names that share at least this share of their words are suggested as one theme. */
export const MATCH_THRESHOLD = 0.5;

/**
 * Suggests matches: themes of different sessions on one question whose names have the same or mostly the same
 * content words (`words` gives a name's normalised words: base forms or stems, stop words left out). Linked
 * themes form one match; a match needs themes from at least two sessions. Its name is the name most of its
 * themes carry (the first region's when tied).
 */
export const suggestMatches = (catalogue: ProjectThemeCatalogue[], words: (name: string) => string[]): ThemeMatch[] =>
  catalogue.flatMap((q) => {
    const themes = q.themes;
    // A name of stop words or digits only ("Muut", "2025") is its own single word, written as it is.
    const keys = themes.map((t) => {
      const found = words(t.name);
      return new Set(found.length > 0 ? found : [t.name.toLowerCase().replace(/\s+/g, ' ').trim()]);
    });
    const parent = themes.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < themes.length; i++) {
      for (let j = i + 1; j < themes.length; j++) {
        if (themes[i]!.sessionId === themes[j]!.sessionId) continue;
        if (likeness(keys[i]!, keys[j]!) >= MATCH_THRESHOLD) parent[find(j)] = find(i);
      }
    }
    const groups = new Map<number, number[]>();
    themes.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
    return [...groups.values()]
      .filter((members) => new Set(members.map((i) => themes[i]!.sessionId)).size >= 2)
      .map((members) => {
        const counts = new Map<string, number>();
        for (const i of members) counts.set(themes[i]!.name, (counts.get(themes[i]!.name) ?? 0) + 1);
        const name = [...counts.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
        return {
          question: q.question,
          name,
          themes: members.map((i) => ({
            sessionId: themes[i]!.sessionId,
            question: themes[i]!.question,
            name: themes[i]!.name,
          })),
        };
      });
  });

/**
 * Why the owner's matches cannot be saved, or null: each theme must be one a session published under that
 * project question, and may stand in one match only.
 */
export const matchesProblem = (matches: ThemeMatch[], catalogue: ProjectThemeCatalogue[]): string | null => {
  const seen = new Set<string>();
  for (const match of matches) {
    const published = new Set(catalogue.find((q) => q.question === match.question)?.themes.map(themeKey) ?? []);
    for (const ref of match.themes) {
      const key = themeKey(ref);
      if (!published.has(key)) return `"${ref.name}" is not a published theme of question ${match.question}`;
      if (seen.has(key)) return `"${ref.name}" stands in two matches`;
      seen.add(key);
    }
  }
  return null;
};
