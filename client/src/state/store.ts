import { create } from 'zustand';
import { loadCatalogPart, loadLanguage, type CatalogPart } from '../i18n/load';
import { createConnectionSlice, type ConnectionSlice } from './connectionSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type Store = SessionSlice & ConnectionSlice & UiSlice;

/** The one client store, built from typed slices. Components select the narrow state they show. */
export const useStore = create<Store>()((...a) => ({
  ...createSessionSlice(...a),
  ...createConnectionSlice(...a),
  ...createUiSlice(...a),
}));

/**
 * Fetches the strings of the language shown now that are not loaded yet (only Finnish is built in); text re-renders
 * when they arrive. Resolves when done, so a lazy view can wait for its own part before it renders.
 */
export const loadShownLanguage = async (): Promise<void> => {
  if (await loadLanguage(useStore.getState().language)) useStore.getState().catalogArrived();
};

/** A lazy view's strings in the language shown (see `loadCatalogPart`); rejects if they cannot be fetched. */
export const loadViewStrings = async (part: CatalogPart): Promise<void> => {
  if (await loadCatalogPart(part, useStore.getState().language)) useStore.getState().catalogArrived();
};

// Whoever changes the language (the switch, a session's own language), its strings are fetched; until they arrive
// the text stays Finnish, then re-renders.
useStore.subscribe((s, prev) => {
  if (s.language !== prev.language) void loadShownLanguage();
});
