import { create } from 'zustand';
import { loadCatalogPart, loadLanguage, type CatalogPart } from '../i18n/load';
import { loadPlainLanguage } from '../i18n/plain';
import { createConnectionSlice, type ConnectionSlice } from './connectionSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createUiSlice, plainOn, type UiSlice } from './uiSlice';

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

// Plain language turned on (or its language changed): its strings are a chunk of their own, fetched then.
const fetchPlain = (s: Store) => {
  if (!plainOn(s)) return;
  void loadPlainLanguage(s.language).then(
    (arrived) => {
      if (arrived) useStore.getState().catalogArrived();
    },
    (err: unknown) => console.warn('could not load the plain-language strings', err),
  );
};
useStore.subscribe((s, prev) => {
  if (plainOn(s) !== plainOn(prev) || s.language !== prev.language) fetchPlain(s);
});
fetchPlain(useStore.getState());
