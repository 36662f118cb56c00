import { Piscina } from 'piscina';
import type { Language } from '@aquarium/shared';
import type { ExistingTheme, Placement, Suggestion, Unthemed } from './suggest.js';

export interface SuggestJob {
  language: Language;
  items: Unthemed[];
  themes: ExistingTheme[];
  placementsOnly?: boolean;
}
export interface SuggestResult {
  suggestions: Suggestion[];
  placements: Placement[];
}

/** More requests wait than the queue holds: answered RATE_LIMITED, to be asked again in a moment. */
export class SuggestionsBusy extends Error {}

/** Runs theme suggestions in a worker thread, so a question of thousands of thoughts never holds up commands. */
export interface SuggestionPool {
  run(job: SuggestJob): Promise<SuggestResult>;
  close(): Promise<void>;
}

/** As the summary's render pool: built, a plain file beside the bundle; from source, a loader that registers tsx. */
const workerFile = import.meta.url.endsWith('.ts')
  ? new URL('./worker.mjs', import.meta.url)
  : new URL('./themes/suggest/worker.js', import.meta.url);

export const createSuggestionPool = (): SuggestionPool => {
  const pool = new Piscina({
    filename: workerFile.href,
    name: 'suggestInWorker',
    minThreads: 0,
    // One thread: suggestions are asked for now and then by staff; two at once simply wait their turn.
    maxThreads: 1,
    // Voikko's word cache lives in the thread: keep it while a session is sorting themes.
    idleTimeout: 5 * 60_000,
    maxQueue: 50,
  });
  return {
    run: async (job) => {
      if (pool.queueSize >= pool.options.maxQueue) throw new SuggestionsBusy('too many suggestions are being computed');
      return (await pool.run(job)) as SuggestResult;
    },
    close: () => pool.destroy(),
  };
};
