import type { FundingMark } from './fundingMark.js';
import type { Method, Language } from './setup.js';
import type { SummaryItems } from './summaryDocument.js';

/**
 * The project report (issue #18) as a format-neutral document, like `SummaryDocument`: composed on the
 * server ONLY from what each session published (the newest version of its summary), so nothing a session
 * kept back reaches it. Every published theme, note, thought and small-group point appears exactly once,
 * under its region and question: in a match (themes of several regions side by side) or in its region's
 * own list. Texts marked "rich" are the small Markdown subset of `richText.ts`.
 */
export interface ProjectReport {
  language: Language;
  /** The project's name. */
  title: string;
  /** Organisation and years: "Etelä-Pohjanmaan liitto · 2022–2025". */
  subtitle: string;
  footer?: string;
  fundingMark?: FundingMark;
  version: number;
  /** ISO time of publication (or of composing, for the draft). */
  publishedAt: string;
  /** The sessions in the report, in the project's order. */
  regions: ProjectReportRegion[];
  participation: ProjectParticipation;
  questions: ProjectReportQuestion[];
  /** The plan's goals: ratings by region and by stakeholder group (absent: no session rated any goal). */
  goals: ProjectReportGoal[];
  /** Each region's closing view (rich), where it wrote one. */
  closingViews: { region: string; text: string }[];
  /** The owner's project-level closing text (rich). */
  closingText: string;
  labels: ProjectReportLabels;
}

export interface ProjectReportRegion {
  sessionId: string;
  region: string;
  title: string;
  place: string;
  /** As the document's language writes a date. */
  date: string;
  method: Method;
  /** The session summary's version the report was built from. */
  summaryVersion: number;
}

/** Participants by region and stakeholder group, as each session's summary counted them. */
export interface ProjectParticipation {
  total: number;
  /** Group names in first-seen order (the table's columns). */
  groups: string[];
  /** One row per region: counts in `groups` order. */
  rows: { region: string; total: number; counts: number[] }[];
  /** Column totals in `groups` order. */
  byGroup: number[];
}

export interface ProjectReportQuestion {
  number: number;
  text: string;
  /** Themes of several regions matched under one name, side by side. */
  matches: ProjectMatchedTheme[];
  /** What each region said on this question outside any match. */
  regions: ProjectRegionAnswer[];
}

export interface ProjectMatchedTheme {
  name: string;
  /** Each region's theme(s) in the match, in region order. */
  regions: { region: string; themes: ProjectTheme[] }[];
}

export interface ProjectTheme {
  name: string;
  /** The facilitator's consolidated text for the theme (rich). */
  consolidated: string;
  items: SummaryItems;
}

export interface ProjectRegionAnswer {
  region: string;
  /** The facilitator's consolidated text for the whole question (rich). */
  consolidated: string;
  /** Themes in no match. */
  themes: ProjectTheme[];
  unthemed: SummaryItems;
  /** Small-group method: each group's chosen points and returned record. */
  groupPoints: { group: string; points: string[]; summary: string }[];
}

export interface ProjectReportGoal {
  number: number;
  name: string;
  /** Per region: rating rows as its summary published them (small groups merged or withheld there), or null. */
  byRegion: { region: string; rows: { group: string; counts: number[] }[] | null; withheld: number }[];
  /**
   * Per stakeholder group over all regions: the sum of the rows each region published under that group's
   * name (so every number was already shown at or above the minimum group size); "other" rows add up into
   * one "other" row; the last row is everyone.
   */
  byGroup: { group: string; counts: number[] }[];
}

/** Headings and labels in the document's language (renderers hold no strings of their own). */
export interface ProjectReportLabels {
  reportKind: string;
  regions: string;
  region: string;
  place: string;
  date: string;
  method: string;
  methods: Record<Method, string>;
  participation: string;
  /** "Stakeholder group", a table's column. */
  group: string;
  participantsTotal: string;
  /** The participation table's column heading: "Osallistujia". */
  participants: string;
  total: string;
  discussion: string;
  question: string;
  matchedThemes: string;
  regionThemes: string;
  otherPoints: string;
  notes: string;
  thoughts: string;
  groupPoints: string;
  groupRecord: string;
  goals: string;
  goal: string;
  byRegion: string;
  byGroup: string;
  /** Column headings: 4, 3, 2, 1, can't say. */
  scale: string[];
  notRated: string;
  withheld: string;
  closingViews: string;
  closingText: string;
  version: string;
  vote: string;
  votes: string;
  draft: string;
  /** Web page of an older version: "{n}" is the newest version. */
  newerVersion: string;
}
