import { create } from 'zustand';
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
