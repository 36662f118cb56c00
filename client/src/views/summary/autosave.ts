/** Where an autosaved edit stands; `saved` also means "nothing edited yet". */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutosaverOptions<V> {
  /** Sends the value; resolves to whether the server accepted it. */
  save: (value: V) => Promise<boolean>;
  onState: (state: SaveState) => void;
  delayMs?: number;
  timers?: Timers;
}

export interface Autosaver<V> {
  /** Takes a new value and saves it once the typing pauses for `delayMs`. */
  change: (value: V) => void;
  /** Saves a waiting value now. */
  flush: () => void;
  /** Saves a waiting value now and reports nothing more. */
  dispose: () => void;
}

/**
 * Debounced saving with an honest state: only the result of the newest save settles the state, so a
 * slow earlier save never says "saved" while newer text is still on its way.
 */
export const createAutosaver = <V>({
  save,
  onState,
  delayMs = 800,
  timers = browserTimers,
}: AutosaverOptions<V>): Autosaver<V> => {
  let state: SaveState = 'saved';
  let timer: unknown = null;
  let waiting: { value: V } | null = null;
  let generation = 0;
  let disposed = false;

  const report = (next: SaveState) => {
    if (disposed || next === state) return;
    state = next;
    onState(next);
  };

  const run = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    const mine = generation;
    report('saving');
    save(value).then(
      (ok) => mine === generation && report(ok ? 'saved' : 'failed'),
      () => mine === generation && report('failed'),
    );
  };

  return {
    change: (value) => {
      waiting = { value };
      generation++;
      if (timer !== null) timers.clear(timer);
      timer = timers.set(run, delayMs);
      report('pending');
    },
    flush: run,
    dispose: () => {
      run();
      disposed = true;
    },
  };
};

const rank: Record<SaveState, number> = { saved: 0, pending: 1, saving: 2, failed: 3 };

/** One state for several fields: the most pressing one wins (failed, then saving, then pending). */
export const combineSaveStates = (states: Iterable<SaveState>): SaveState => {
  let worst: SaveState = 'saved';
  for (const s of states) if (rank[s] > rank[worst]) worst = s;
  return worst;
};
