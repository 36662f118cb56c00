import type { Language } from '@aquarium/shared';
import type { StateCreator } from 'zustand';
import { hasPlainLanguage, storedPlainChoice, storePlainChoice } from '../i18n/plain';
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
  /** The person chose plain language on (or off) on this device; null: the session's default applies. */
  plainChoice: boolean | null;
  /** The session offers plain language as the phones' default (set by the phone views). */
  plainDefault: boolean;
  setPlainChoice: (on: boolean) => void;
  setPlainDefault: (on: boolean) => void;
  setLanguage: (language: Language) => void;
  catalogArrived: () => void;
  notify: (key: MessageKey, kind?: Notice['kind']) => void;
  dismissNotice: (id: number) => void;
  /** Takes back a message that no longer holds (e.g. "not confirmed yet" once everything is confirmed). */
  withdrawNotice: (key: MessageKey) => void;
}

/**
 * The language the page opens in: the server names it in `<html lang>` (a join link's session language, else Finnish)
 * and preloads its strings; Finnish when the page does not say (the dev server).
 */
const pageLanguage = (): Language => {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
};

let nextNoticeId = 1;
const MAX_NOTICES = 3;

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  language: pageLanguage(),
  catalogVersion: 0,
  notices: [],
  plainChoice: storedPlainChoice(),
  plainDefault: false,
  setPlainChoice: (plainChoice) => {
    storePlainChoice(plainChoice);
    set({ plainChoice });
  },
  setPlainDefault: (plainDefault) => set({ plainDefault }),
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

/** Whether the strings show in plain language now: chosen (or offered by the session), and the language has it. */
export const plainOn = (s: Pick<UiSlice, 'language' | 'plainChoice' | 'plainDefault'>): boolean =>
  hasPlainLanguage(s.language) && (s.plainChoice ?? s.plainDefault);
