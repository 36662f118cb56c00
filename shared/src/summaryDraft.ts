/** The background a facilitator enters before the session, for the summary's section 3. */
export interface SummaryBackground {
  goals: string;
  developmentThemes: string;
  activities: string;
}

/**
 * The facilitator's edits to the summary draft. Text keys: `closingView`, `goodPractices`,
 * `question:<id>` (a question's consolidated text) and `theme:<id>` (a theme's).
 */
export interface SummaryDraft {
  background: SummaryBackground;
  texts: Record<string, string>;
  /** Ids of notes and thoughts left out of the summary. */
  excluded: string[];
  /** Item order per scope (a theme id, or `q:<questionId>` for items under no theme). */
  order: Record<string, string[]>;
  /** Published versions, newest last. */
  versions: { version: number; publishedAt: number }[];
}

export const emptySummaryDraft: SummaryDraft = {
  background: { goals: '', developmentThemes: '', activities: '' },
  texts: {},
  excluded: [],
  order: {},
  versions: [],
};

/** Keys a summary text can be stored under. */
export const SUMMARY_TEXT_KEY = /^(closingView|goodPractices|question:[A-Za-z0-9_-]{1,32}|theme:[A-Za-z0-9_-]{1,32})$/;

export const latestSummaryVersion = (d: SummaryDraft): number => d.versions.at(-1)?.version ?? 0;
