import { create } from 'zustand';
import { loadLanguage } from '../i18n/load';
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

// Whoever changes the language (the switch, a session's own language), its strings are fetched if they are not
// in the entry (only Finnish is); until they arrive the text stays Finnish, then re-renders.
useStore.subscribe((s, prev) => {
  if (s.language === prev.language) return;
  void loadLanguage(s.language).then((arrived) => {
    if (arrived) useStore.getState().catalogArrived();
  });
});
