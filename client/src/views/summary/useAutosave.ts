import { useEffect, useRef, useState } from 'react';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';
import { useSaveStates } from './saveStates';

/**
 * Saves a field ~800 ms after typing pauses (and at once when the field goes away). `field` names it
 * in the editor's combined "saved / saving…" line.
 */
export const useAutosave = <V>(field: string, save: (value: V) => Promise<boolean>) => {
  const [state, setState] = useState<SaveState>('saved');
  const saveRef = useRef(save);
  const saver = useRef<Autosaver<V> | null>(null);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    const { report, forget } = useSaveStates.getState();
    const s = createAutosaver<V>({
      save: (value) => saveRef.current(value),
      onState: (next) => {
        setState(next);
        report(field, next);
      },
    });
    saver.current = s;
    return () => {
      s.dispose();
      forget(field);
    };
  }, [field]);

  return { state, change: (value: V) => saver.current?.change(value) };
};
