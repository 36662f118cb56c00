import { z } from 'zod';
import type { CreateSessionResponse } from './api.js';
import { FundingMarkUpload, type FundingMark } from './fundingMark.js';
import type { ProjectReport } from './projectReport.js';
import { Language, Method, SessionSetup } from './setup.js';
import { lineText, multilineText } from './text.js';

export type { ProjectReport } from './projectReport.js';

/**
 * A project (issue #18): one evaluation run as several regional sessions, with one combined report. The
 * owner holds a secret link `/project/<projectId>#owner=<token>` (the token in the fragment, stored hashed,
 * like a facilitator's) and sends the token as `authorization: Bearer <token>` on every owner route. A
 * missing, wrong or replaced token, and a project that does not exist, are refused alike: 401 UNAUTHORIZED.
 */

/** The project's id in URLs: as a session's id. */
export const ProjectId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'invalid project id');

/** Paths of the project pages (client) and the owner link's fragment. */
export const projectPaths = {
  /** `/project/<id>#owner=<token>` */
  owner: (projectId: string, token: string) => `/project/${projectId}#owner=${token}`,
  /** The published report's public page (client): `/r/<reportCode>`. */
  report: (reportCode: string) => `/r/${reportCode}`,
};

/** The years the project runs, e.g. 2022–2025. */
export const ProjectYears = z
  .strictObject({ from: z.number().int().min(2000).max(2100), to: z.number().int().min(2000).max(2100) })
  .refine((y) => y.from <= y.to, { message: 'the project cannot end before it starts', path: ['to'] });
export type ProjectYears = z.infer<typeof ProjectYears>;

/**
 * Everything the owner sets (POST /api/projects, PUT /api/projects/:id). `setup` is the set-up every new
 * session of the project starts from (questions, stakeholder groups, plan goals and development themes,
 * method and phases, plain language, anonymity minimum); its `title` is each session's default title.
 * Its `project` and `language` are overwritten by `name` and `language` when a session is made.
 */
export const ProjectSettings = z.strictObject({
  name: lineText().trim().min(1).max(200),
  organisation: lineText().trim().max(300),
  years: ProjectYears,
  language: Language,
  setup: SessionSetup,
  /** The organisation's footer lines on every page of each session's summary and the project report. */
  footer: multilineText().trim().max(1000).optional(),
  /** The funding mark (PNG or SVG ≤ 100 kB); null or absent: none. PUT without it keeps the stored one. */
  fundingMark: FundingMarkUpload.nullable().optional(),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;

/** POST /api/projects */
export const CreateProjectRequest = ProjectSettings;
export type CreateProjectRequest = ProjectSettings;

/** 201 answer of POST /api/projects, and of POST /api/projects/:id/owner-token (the old token is then off). */
export interface ProjectOwnerLink {
  projectId: string;
  ownerToken: string;
  /** Full URL: `<publicUrl>/project/<projectId>#owner=<token>`. */
  link: string;
}
export type CreateProjectResponse = ProjectOwnerLink;

/** PUT /api/projects/:id: the whole settings again (future sessions copy the new set-up). */
export const UpdateProjectRequest = ProjectSettings;
export type UpdateProjectRequest = ProjectSettings;

/** Where a session of the project is: not started, running, ended, or its summary published (any version). */
export type ProjectSessionState = 'planned' | 'running' | 'ended' | 'published';

/** One session as the project page lists it. */
export interface ProjectSessionRow {
  sessionId: string;
  title: string;
  region: string;
  place: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  method: Method;
  state: ProjectSessionState;
  joinCode: string;
  /** Epoch ms. */
  createdAt: number;
  participants: { total: number; byGroup: { group: string; count: number }[] };
  /** Newest published summary version (0: none yet). */
  summaryVersion: number;
}

/** GET /api/projects/:id (owner), and the answer of PUT /api/projects/:id. */
export interface ProjectView {
  projectId: string;
  name: string;
  organisation: string;
  years: ProjectYears;
  language: Language;
  setup: SessionSetup;
  footer: string;
  fundingMark: FundingMark | null;
  /** Epoch ms. */
  createdAt: number;
  /** In creation order. */
  sessions: ProjectSessionRow[];
  report: ProjectReportPublished;
}

/** The project report's public code and published versions (code null until the first publication). */
export interface ProjectReportPublished {
  code: string | null;
  versions: { version: number; publishedAt: number }[];
}

/**
 * POST /api/projects/:id/sessions (owner): a new session from the project's set-up. The answer is the same
 * as POST /api/sessions (201, `CreateSessionResponse`: staff links and join code). `title` defaults to the
 * set-up's title; a `method` other than the set-up's gets that method's default phases for its questions.
 */
export const CreateProjectSessionRequest = z.strictObject({
  region: lineText().trim().min(1).max(200),
  place: lineText().trim().max(200).optional(),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')]).optional(),
  method: Method,
  title: lineText().trim().min(1).max(200).optional(),
});
export type CreateProjectSessionRequest = z.infer<typeof CreateProjectSessionRequest>;
export type CreateProjectSessionResponse = CreateSessionResponse;

/** A theme as one session published it: the session, its summary's question number and the theme's name. */
export const ThemeRef = z.strictObject({
  sessionId: z.string().min(1).max(32),
  /** The question's number in that session's published summary (1-based). */
  question: z.number().int().min(1).max(100),
  name: lineText().trim().min(1).max(200),
});
export type ThemeRef = z.infer<typeof ThemeRef>;

/** Themes of several regions that say the same thing, under one name, on one project question. */
export const ThemeMatch = z.strictObject({
  /** The project question's number (1-based; questions past the set-up's are the sessions' extra ones). */
  question: z.number().int().min(1).max(100),
  name: lineText().trim().min(1).max(200),
  themes: z.array(ThemeRef).min(2).max(100),
});
export type ThemeMatch = z.infer<typeof ThemeMatch>;

/**
 * PUT /api/projects/:id/report/matches (owner): the owner's matches, replacing any earlier; a theme may
 * stand in at most one match. `null` goes back to the suggestions. Answers `ProjectReportDraft`.
 */
export const ProjectMatchesRequest = z.strictObject({ matches: z.array(ThemeMatch).max(500).nullable() });
export type ProjectMatchesRequest = z.infer<typeof ProjectMatchesRequest>;

/** PUT /api/projects/:id/report/text (owner): the project-level closing text (rich). Answers `ProjectReportDraft`. */
export const ProjectTextRequest = z.strictObject({ text: multilineText().max(20_000) });
export type ProjectTextRequest = z.infer<typeof ProjectTextRequest>;

/** Every published theme on one project question, for the matching view. */
export interface ProjectThemeCatalogue {
  question: number;
  text: string;
  themes: (ThemeRef & { region: string })[];
}

/** GET /api/projects/:id/report (owner): the draft as it would be published now, and what the owner edits. */
export interface ProjectReportDraft {
  document: ProjectReport;
  themes: ProjectThemeCatalogue[];
  /** Computed from the themes' names (normalised, stemmed); never stored. */
  suggestedMatches: ThemeMatch[];
  /** The owner's matches; null while the owner has not saved any (the document then uses the suggestions). */
  matches: ThemeMatch[] | null;
  text: string;
  /** Sessions whose summary is not published yet (they are not in the report). */
  unpublished: { sessionId: string; region: string; title: string }[];
  published: ProjectReportPublished;
}

/** POST /api/projects/:id/report/publish (owner, body `{}`): 201. */
export interface ProjectPublishResponse {
  reportCode: string;
  version: number;
}

/** GET /api/project-report/:code (public): as GET /api/summary/:code. */
export interface ProjectReportInfo {
  title: string;
  language: Language;
  versions: { version: number; publishedAt: number }[];
  latest: number;
}

/**
 * GET /api/summary/:code answers `{ versions, latest }` and, once the session's project has published its
 * report, `projectReport` too, so a participant of any one session can open the whole project's report.
 */
export interface SummaryInfo {
  versions: { version: number; publishedAt: number }[];
  latest: number;
  projectReport?: { code: string; latest: number; title: string };
}

/** Formats of the downloads: GET /api/project-report/:code/v<version>.<format>. */
export const PROJECT_REPORT_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
