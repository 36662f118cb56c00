import {
  defaultAquariumSetup,
  newEvent,
  questionSteps,
  SessionSetup,
  type CreateProjectSessionRequest,
  type Language,
  type NewEvent,
  type Phase,
  type Question,
} from '@aquarium/shared';
import type { ProjectData } from './stored.js';

/** The default phases of `method` over the project's own questions (when a session uses the other method). */
const phasesFor = (method: SessionSetup['method'], language: Language, questions: Question[]): Phase[] => {
  if (method === 'smallGroups') return questions.flatMap((q, i) => questionSteps(language, q.id, i + 1));
  const template = defaultAquariumSetup(language);
  const all = questions.map((q) => q.id);
  const last = all.slice(-1);
  // The template's phases either cover every question or only the last (conclusions).
  return template.phases.map((p) => ({ ...p, questionIds: p.questionIds.length > 1 ? all : last }));
};

/**
 * The set-up a new session of the project starts from: the project's set-up with the session's region, place,
 * date, method and title, and the project's name and language. Checked by the same schema as any set-up.
 */
export const sessionSetupFor = (data: ProjectData, request: CreateProjectSessionRequest): SessionSetup => {
  const base = data.setup;
  const phases =
    request.method === base.method ? base.phases : phasesFor(request.method, data.language, base.questions);
  return SessionSetup.parse({
    ...base,
    title: request.title ?? base.title,
    project: data.name,
    region: request.region,
    place: request.place ?? '',
    date: request.date ?? '',
    language: data.language,
    method: request.method,
    phases,
    ...(request.method === 'smallGroups' ? { developmentThemes: base.developmentThemes ?? [] } : {}),
  });
};

/** Events stored with the new session: the project's footer and funding mark in its summary draft. */
export const sessionExtras = (data: ProjectData): NewEvent[] => [
  ...(data.footer ? [newEvent('summary.textSet', { key: 'footer', text: data.footer })] : []),
  ...(data.fundingMark ? [newEvent('summary.fundingMarkSet', { mark: data.fundingMark })] : []),
];
