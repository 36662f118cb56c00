import type { FundingMark, Language, ProjectYears, SessionSetup, ThemeMatch } from '@aquarium/shared';
import type { StoredProject } from '../storage/storage.js';

/** A project's settings as stored: the funding mark already a PNG (`storedFundingMark`). */
export interface ProjectData {
  name: string;
  organisation: string;
  years: ProjectYears;
  language: Language;
  setup: SessionSetup;
  footer: string;
  fundingMark: FundingMark | null;
}

/** The owner's report draft: matches (null: the suggestions apply) and the project-level closing text. */
export interface ReportDraftData {
  matches: ThemeMatch[] | null;
  text: string;
}

/** A stored project, read: its JSON fields parsed. */
export interface Project {
  id: string;
  ownerHash: string;
  createdAt: number;
  updatedAt: number;
  data: ProjectData;
  draft: ReportDraftData;
  reportCode: string | null;
}

export const emptyDraft: ReportDraftData = { matches: null, text: '' };

/** Reads a stored project; the JSON was written by this module only. */
export const readProject = (p: StoredProject): Project => ({
  id: p.id,
  ownerHash: p.ownerHash,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
  data: JSON.parse(p.settings) as ProjectData,
  draft: { ...emptyDraft, ...(JSON.parse(p.report) as Partial<ReportDraftData>) },
  reportCode: p.reportCode,
});

export const writeData = (data: ProjectData): string => JSON.stringify(data);
export const writeDraft = (draft: ReportDraftData): string => JSON.stringify(draft);
