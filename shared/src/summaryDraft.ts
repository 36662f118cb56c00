import type { FundingMark } from './fundingMark.js';

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
  /** The funding mark drawn on every page of the DOCX and PDF (absent in older sessions). */
  fundingMark?: FundingMark | null;
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

/** The summary's headings a facilitator can rename for one session (`heading:<name>`; empty = the default). */
export const RENAMABLE_HEADINGS = [
  'participants',
  'background',
  'goals',
  'developmentThemes',
  'activities',
  'discussion',
  'otherPoints',
  'groupPoints',
  'goodPractices',
  'closingView',
  'appendix',
  'timeline',
  'participation',
  'voteResults',
] as const;
export type RenamableHeading = (typeof RENAMABLE_HEADINGS)[number];

/** A renamed heading is one line of at most this many characters. */
export const HEADING_MAX = 120;

/**
 * Keys a summary text can be stored under: the rich texts (`closingView`, `goodPractices`, `question:<id>`,
 * `theme:<id>`), `footer` (the organisation's footer lines on every page) and `heading:<name>` (a renamed heading).
 */
export const SUMMARY_TEXT_KEY = new RegExp(
  `^(closingView|goodPractices|footer|heading:(${RENAMABLE_HEADINGS.join('|')})|question:[A-Za-z0-9_-]{1,32}|theme:[A-Za-z0-9_-]{1,32})$`,
);

export const latestSummaryVersion = (d: SummaryDraft): number => d.versions.at(-1)?.version ?? 0;
