import { suggestThemes } from './suggest.js';
import type { SuggestJob, SuggestResult } from './pool.js';

/** The suggestion pool's worker function (see pool.ts). */
export const suggestInWorker = (job: SuggestJob): SuggestResult =>
  suggestThemes(job.language, job.items, job.themes, { cluster: !job.placementsOnly });

export default suggestInWorker;
