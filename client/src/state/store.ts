import { create } from 'zustand';
import { loadCatalogPart, loadLanguage, type CatalogPart } from '../i18n/load';
import { loadPlainLanguage, loadPlainPart, type PlainPart } from '../i18n/plain';
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

/**
 * A lazy view's strings in the language shown (see `loadCatalogPart`), and their plain-language version when plain
 * language is on (`loadPlainPart`); rejects if they cannot be fetched.
 */
export const loadViewStrings = async (part: CatalogPart, plain?: PlainPart): Promise<void> => {
  const s = useStore.getState();
  const arrived = await Promise.all([
    loadCatalogPart(part, s.language),
    plain ? loadPlainPart(plain, s.language, plainOn(s)) : false,
  ]);
  if (arrived.some(Boolean)) useStore.getState().catalogArrived();
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
