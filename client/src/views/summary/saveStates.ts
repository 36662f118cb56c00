import { create } from 'zustand';
import { combineSaveStates, type SaveState } from './autosave';

interface SaveStates {
  byField: Record<string, SaveState>;
  report: (field: string, state: SaveState) => void;
  forget: (field: string) => void;
}

/** Save states of the summary editor's fields, so one line can say whether everything is saved. */
export const useSaveStates = create<SaveStates>()((set) => ({
  byField: {},
  report: (field, state) => set((s) => ({ byField: { ...s.byField, [field]: state } })),
  forget: (field) =>
    set((s) => {
      const { [field]: _gone, ...rest } = s.byField;
      return { byField: rest };
    }),
}));

export const useCombinedSaveState = () => useSaveStates((s) => combineSaveStates(Object.values(s.byField)));

const everythingSaved = () => combineSaveStates(Object.values(useSaveStates.getState().byField)) === 'saved';

/** Resolves once every field of the summary editor has been saved. */
export const allSaved = (): Promise<void> =>
  new Promise((resolve) => {
    if (everythingSaved()) return resolve();
    const stop = useSaveStates.subscribe(() => {
      if (!everythingSaved()) return;
      stop();
      resolve();
    });
  });
