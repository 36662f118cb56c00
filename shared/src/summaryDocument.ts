import type { FundingMark } from './fundingMark.js';
import type { Language } from './setup.js';
import type { SummaryPlan } from './summaryPlan.js';

/**
 * The shared summary as a format-neutral document: composed from the session (and the facilitator's
 * edits) by `composeSummary`, then rendered to web, Markdown, DOCX and PDF on the server. Every text
 * in it is plain text that renderers escape, except the facilitator's own texts marked "rich": those are
 * the small Markdown subset of `richText.ts`, parsed, never passed through. Fields marked optional are
 * absent from versions published before they existed.
 */
export interface SummaryDocument {
  language: Language;
  /** The session's own title, or (untitled) e.g. "OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi". */
  title: string;
  /** Project and region under the title when the title is the session's own ("OSMO – Etelä-Pohjanmaa"). */
  subtitle?: string;
  /** The organisation's footer lines, on every page of DOCX and PDF and at the end of web and Markdown. */
  footer?: string;
  /** The funding mark (a PNG) on every page of DOCX and PDF; its `alt` text at the end of web and Markdown. */
  fundingMark?: FundingMark;
  /** Project and region, for file names that tell the regions' files apart. */
  project?: string;
  region?: string;
  /** Session title as the facilitator wrote it. */
  sessionTitle: string;
  /** As the document's language writes a date: 14.5.2025 (fi, sv), 14 May 2025 (en). */
  date: string;
  place: string;
  version: number;
  /** ISO time the version was published (or composed, for a draft). */
  publishedAt: string;
  participants: {
    total: number;
    byGroup: { group: string; count: number }[];
    /** Only people who chose to show their name. */
    named: string[];
  };
  /** Rich texts. */
  background: {
    goals: string;
    developmentThemes: string;
    activities: string;
  };
  /** The project plan read goal by goal, then what was not foreseen (absent: the plan has no goals). */
  plan?: SummaryPlan | undefined;
  questions: SummaryQuestion[];
  /** Rich texts. */
  goodPractices: string;
  closingView: string;
  timeline: { phase: string; plannedMinutes: number; actualMinutes: number }[];
  participation: {
    group: string;
    present: number;
    turns: number;
    talkMinutes: number;
    thoughts: number;
  }[];
  /** Headings and labels in the document's language, so renderers hold no strings of their own. */
  labels: SummaryLabels;
}

export interface SummaryQuestion {
  number: number;
  text: string;
  /** The facilitator's consolidated text for the whole question (optional; rich). */
  consolidated: string;
  themes: SummaryTheme[];
  /** Notes and thoughts under no theme; shown after the themes under a "Other points" heading. */
  unthemed: SummaryItems;
  /**
   * Small-group method: each group's chosen points (in the chair's order) and the record it returned;
   * `votes` per point from the group's dot vote, `stakeholderGroups` the stakeholder groups its members came from.
   */
  groupPoints: { group: string; points: string[]; summary: string; votes?: number[]; stakeholderGroups?: string[] }[];
  /** The dot votes on this question's themes: each theme's points, most first (none when no vote was held). */
  themeVotes?: { theme: string; votes: number }[];
}

export interface SummaryTheme {
  name: string;
  /** The facilitator's consolidated text for this theme (optional; rich). */
  consolidated: string;
  items: SummaryItems;
}

export interface SummaryItems {
  notes: string[];
  thoughts: { text: string; group: string; author: string | null; votes: number }[];
}

export interface SummaryLabels {
  participants: string;
  participantsTotal: string;
  namedParticipants: string;
  background: string;
  goals: string;
  developmentThemes: string;
  activities: string;
  discussion: string;
  question: string;
  otherPoints: string;
  notes: string;
  thoughts: string;
  groupPoints: string;
  /** Introduces a group's returned record: "Ryhmä A, ryhmän yhteenveto:". */
  groupRecord: string;
  /** Rich texts. */
  goodPractices: string;
  closingView: string;
  appendix: string;
  timeline: string;
  phase: string;
  planned: string;
  actual: string;
  participation: string;
  group: string;
  present: string;
  turns: string;
  talkMinutes: string;
  thoughtsCount: string;
  minutes: string;
  version: string;
  /**
   * "votes" after a number other than one, and "vote" after one: Finnish says "3 pistettä" but "1 piste" (the
   * glossary's word for a dot).
   */
  votes: string;
  vote: string;
  anonymous: string;
  /** Added later: absent from older versions' labels (renderers fall back to `summaryLabels`). */
  voteResults?: string;
  theme?: string;
  votesCount?: string;
  /** "Sidosryhmät" before a small group's stakeholder groups. */
  stakeholderGroups?: string;
  /** A row that combines stakeholder groups smaller than the minimum group size. */
  otherGroups?: string;
  draft?: string;
}

/** The four file formats of a summary and of a project report, in the order pages offer them. */
export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx', 'md'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
