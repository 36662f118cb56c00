import type { Language } from './setup.js';

/**
 * The shared summary as a format-neutral document: composed from the session (and the facilitator's
 * edits) by `composeSummary`, then rendered to web, Markdown, DOCX and PDF on the server. Every text
 * in it is plain text: renderers must escape it for their format, never interpret it.
 */
export interface SummaryDocument {
  language: Language;
  /** E.g. "OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi". */
  title: string;
  /** Session title as the facilitator wrote it. */
  sessionTitle: string;
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
  background: {
    goals: string;
    developmentThemes: string;
    activities: string;
  };
  questions: SummaryQuestion[];
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
  /** The facilitator's consolidated text for the whole question (optional). */
  consolidated: string;
  themes: SummaryTheme[];
  /** Notes and thoughts under no theme; shown after the themes under a "Other points" heading. */
  unthemed: SummaryItems;
  /** Small-group method: each group's chosen points (in the chair's order) and the record it returned. */
  groupPoints: { group: string; points: string[]; summary: string }[];
}

export interface SummaryTheme {
  name: string;
  /** The facilitator's consolidated text for this theme (optional). */
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
}
