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

/** A lazy view's strings in the language shown (see `loadCatalogPart`); rejects if they cannot be fetched. */
export const loadViewStrings = async (part: CatalogPart): Promise<void> => {
  if (await loadCatalogPart(part, useStore.getState().language)) useStore.getState().catalogArrived();
};

// Whoever changes the language (the switch, a session's own language), its strings are fetched (every part in use;
// only Finnish of the entry is built in); until they arrive the text stays Finnish, then re-renders.
useStore.subscribe((s, prev) => {
  if (s.language === prev.language) return;
  void loadLanguage(s.language).then((arrived) => {
    if (arrived) useStore.getState().catalogArrived();
  });
});
