import type { Language } from '@aquarium/shared';
import type { StateCreator } from 'zustand';
import type { MessageKey } from '../i18n/t';
import type { Store } from './store';

/** A message for the user, read out by the live region. */
export interface Notice {
  id: number;
  key: MessageKey;
  kind: 'error' | 'info';
}

export interface UiSlice {
  language: Language;
  /** Counts the catalogs loaded after start (e.g. English); `useT` selects it so text re-renders when one arrives. */
  catalogVersion: number;
  notices: Notice[];
  setLanguage: (language: Language) => void;
  catalogArrived: () => void;
  notify: (key: MessageKey, kind?: Notice['kind']) => void;
  dismissNotice: (id: number) => void;
  /** Takes back a message that no longer holds (e.g. "not confirmed yet" once everything is confirmed). */
  withdrawNotice: (key: MessageKey) => void;
}

let nextNoticeId = 1;
const MAX_NOTICES = 3;

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  language: 'fi',
  catalogVersion: 0,
  notices: [],
  setLanguage: (language) => set({ language }),
  catalogArrived: () => set((s) => ({ catalogVersion: s.catalogVersion + 1 })),
  notify: (key, kind = 'error') =>
    set((s) => ({
      // The same message twice in a row adds nothing; keep the list short.
      notices: [...s.notices.filter((n) => n.key !== key), { id: nextNoticeId++, key, kind }].slice(-MAX_NOTICES),
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  withdrawNotice: (key) => set((s) => ({ notices: s.notices.filter((n) => n.key !== key) })),
});
