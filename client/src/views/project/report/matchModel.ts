import type { ProjectThemeCatalogue, ThemeMatch, ThemeRef } from '@aquarium/shared';

/** One published theme as the matching view lists it: where it comes from, and its region. */
export type CatalogueTheme = ProjectThemeCatalogue['themes'][number];

/** A theme's identity across the report's data: its session, that session's question number and its name. */
export const themeKey = (ref: ThemeRef) => `${ref.sessionId}|${ref.question}|${ref.name}`;

const sameTheme = (a: ThemeRef) => (b: ThemeRef) => themeKey(a) === themeKey(b);
const refOf = (theme: ThemeRef): ThemeRef => ({
  sessionId: theme.sessionId,
  question: theme.question,
  name: theme.name,
});

/** Takes a theme out of every match; a match left with fewer than two themes is no match any more. */
const without = (matches: ThemeMatch[], theme: ThemeRef): ThemeMatch[] =>
  matches
    .map((m) => ({ ...m, themes: m.themes.filter((t) => !sameTheme(theme)(t)) }))
    .filter((m) => m.themes.length >= 2);

/** Where a theme stands: the index of its match, or -1. */
export const matchIndexOf = (matches: ThemeMatch[], theme: ThemeRef): number =>
  matches.findIndex((m) => m.themes.some(sameTheme(theme)));

/** Moves a theme into the match at `target` (out of the one it was in, which may then dissolve). */
export const moveToMatch = (matches: ThemeMatch[], theme: ThemeRef, target: number): ThemeMatch[] =>
  matches
    .map((m, i) => {
      const rest = m.themes.filter((t) => !sameTheme(theme)(t));
      return { ...m, themes: i === target ? [...rest, refOf(theme)] : rest };
    })
    .filter((m) => m.themes.length >= 2);

/** Splits a theme off its match: it stands alone under its region. */
export const splitOff = (matches: ThemeMatch[], theme: ThemeRef): ThemeMatch[] => without(matches, theme);

/** Matches two themes that stood apart into a new match named after the one it joins. */
export const pairWith = (matches: ThemeMatch[], question: number, theme: ThemeRef, other: ThemeRef): ThemeMatch[] => [
  ...without(without(matches, theme), other),
  { question, name: other.name, themes: [refOf(other), refOf(theme)] },
];

/** Renames a match (the name the report shows above the regions' themes). */
export const renameMatch = (matches: ThemeMatch[], index: number, name: string): ThemeMatch[] =>
  matches.map((m, i) => (i === index ? { ...m, name } : m));

/** The themes of one question that are in no match. */
export const unmatched = (catalogue: ProjectThemeCatalogue, matches: ThemeMatch[]): CatalogueTheme[] =>
  catalogue.themes.filter((t) => matchIndexOf(matches, t) < 0);

/** The regions of one question in the order the catalogue lists them. */
export const regionsOf = (themes: readonly CatalogueTheme[]): string[] => [...new Set(themes.map((t) => t.region))];
