import type { SuggestedItem, ThemePlacement, ThemeSuggestion } from '@aquarium/shared';

/** A suggestion as the person is shaping it: its name may be edited and items moved in or out. */
export type DraftSuggestion = ThemeSuggestion;

const same = (a: SuggestedItem, b: SuggestedItem) => a.kind === b.kind && a.id === b.id;

/** Moves an item from one suggestion to another, or out of every suggestion with `to` null. */
export const moveItem = (
  drafts: readonly DraftSuggestion[],
  item: SuggestedItem,
  to: string | null,
): DraftSuggestion[] =>
  drafts.map((d) => {
    const without = d.items.filter((i) => !same(i, item));
    return d.key === to ? { ...d, items: [...without, item] } : { ...d, items: without };
  });

/**
 * What is still true of the suggestions in the live session: an item someone has since put under a theme,
 * deleted or hidden is left out, and a suggestion with nothing left is gone.
 */
export const stillOpen = (
  drafts: readonly DraftSuggestion[],
  isOpen: (item: SuggestedItem) => boolean,
): DraftSuggestion[] => drafts.map((d) => ({ ...d, items: d.items.filter(isOpen) })).filter((d) => d.items.length > 0);

/** The same for proposals to put an item under an existing theme (which must still exist). */
export const openPlacements = (
  placements: readonly ThemePlacement[],
  isOpen: (item: SuggestedItem) => boolean,
  themeExists: (themeId: string) => boolean,
): ThemePlacement[] => placements.filter((p) => isOpen(p) && themeExists(p.themeId));
