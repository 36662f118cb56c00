import { create } from 'zustand';
import { loadCatalogPart, loadLanguage, type CatalogPart } from '../i18n/load';
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
  const s = useStore.getState();
  if (await loadCatalogPart(part, s.language, plainOn(s))) useStore.getState().catalogArrived();
};

/**
 * Whoever changes the language (the switch, a session's own language) or turns plain language on or off, its strings
 * are fetched (every part in use; in plain language the plain versions beside the standard ones); until they arrive
 * the text stays in a language already here, then re-renders.
 */
const fetchStrings = (s: Store) =>
  void loadLanguage(s.language, plainOn(s)).then((arrived) => {
    if (arrived) useStore.getState().catalogArrived();
  });
useStore.subscribe((s, prev) => {
  if (s.language !== prev.language || plainOn(s) !== plainOn(prev)) fetchStrings(s);
});
/**
 * The strings of the language the page opens in (plain too, when chosen on an earlier visit), fetched at once: the
 * first render waits for them (`main.tsx`), so no text shows as a key or in another language. A failed fetch is tried
 * once more (a fetch that succeeded is not repeated); settles either way.
 */
const openingStrings = () => loadLanguage(useStore.getState().language, plainOn(useStore.getState()));
export const firstStrings: Promise<unknown> = openingStrings().then(openingStrings);
