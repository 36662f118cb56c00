import type { ProjectReport, ProjectReportQuestion, ProjectTheme, SummaryTheme, ThemeMatch } from '@aquarium/shared';
import { projectGoals } from './goals.js';
import { projectReportLabels } from './labels.js';
import { themeKey } from './matching.js';
import type { PublishedSession } from './published.js';
import type { QuestionMap } from './questions.js';
import type { ProjectData } from './stored.js';

export interface ComposeInput {
  data: ProjectData;
  /** Sessions that published, in the project's order. */
  sessions: PublishedSession[];
  questions: QuestionMap;
  /** The matches in force (the owner's, else the suggestions). */
  matches: ThemeMatch[];
  text: string;
  version: number;
  publishedAt: number;
}

const theme = (t: SummaryTheme): ProjectTheme => ({ name: t.name, consolidated: t.consolidated, items: t.items });

const years = (y: ProjectData['years']) => (y.from === y.to ? String(y.from) : `${y.from}–${y.to}`);

/** Participants by region and stakeholder group, as each session's summary counted them. */
const participation = (sessions: PublishedSession[]): ProjectReport['participation'] => {
  const groups: string[] = [];
  for (const s of sessions)
    for (const g of s.doc.participants.byGroup) if (!groups.includes(g.group)) groups.push(g.group);
  const rows = sessions.map((s) => ({
    region: s.region,
    total: s.doc.participants.total,
    counts: groups.map((g) => s.doc.participants.byGroup.find((x) => x.group === g)?.count ?? 0),
  }));
  return {
    total: rows.reduce((sum, r) => sum + r.total, 0),
    groups,
    rows,
    byGroup: groups.map((_, i) => rows.reduce((sum, r) => sum + r.counts[i]!, 0)),
  };
};

/** One project question: the matches side by side, then each region's own answer; every theme exactly once. */
const question = (
  q: { number: number; text: string },
  sessions: PublishedSession[],
  map: QuestionMap,
  matches: ThemeMatch[],
): ProjectReportQuestion => {
  const own = (s: PublishedSession) => s.doc.questions.filter((sq) => map.of(s.sessionId, sq.number) === q.number);
  const claimed = new Map<string, number>();
  const here = matches.filter((m) => m.question === q.number);
  here.forEach((m, i) => m.themes.forEach((t) => claimed.has(themeKey(t)) || claimed.set(themeKey(t), i)));
  const matchOf = (s: PublishedSession, sq: number, t: SummaryTheme) =>
    claimed.get(themeKey({ sessionId: s.sessionId, question: sq, name: t.name }));
  return {
    number: q.number,
    text: q.text,
    matches: here
      .map((m, i) => ({
        name: m.name,
        regions: sessions
          .map((s) => ({
            region: s.region,
            themes: own(s).flatMap((sq) => sq.themes.filter((t) => matchOf(s, sq.number, t) === i).map(theme)),
          }))
          .filter((r) => r.themes.length > 0),
      }))
      .filter((m) => m.regions.length > 0),
    regions: sessions
      .map((s) => {
        const questions = own(s);
        return {
          region: s.region,
          consolidated: questions
            .map((sq) => sq.consolidated.trim())
            .filter(Boolean)
            .join('\n\n'),
          themes: questions.flatMap((sq) => sq.themes.filter((t) => matchOf(s, sq.number, t) === undefined).map(theme)),
          unthemed: {
            notes: questions.flatMap((sq) => sq.unthemed.notes),
            thoughts: questions.flatMap((sq) => sq.unthemed.thoughts),
          },
          groupPoints: questions.flatMap((sq) =>
            sq.groupPoints.map((g) => ({ group: g.group, points: g.points, summary: g.summary })),
          ),
        };
      })
      .filter(
        (r) =>
          r.consolidated !== '' ||
          r.themes.length > 0 ||
          r.unthemed.notes.length + r.unthemed.thoughts.length > 0 ||
          r.groupPoints.length > 0,
      ),
  };
};

/**
 * Composes the project report from the sessions' published summaries only: per question the matched themes
 * side by side and each region's own, goal ratings by region and group, participation, the regions' closing
 * views and the owner's closing text.
 */
export const composeProjectReport = (input: ComposeInput): ProjectReport => {
  const { data, sessions } = input;
  const labels = projectReportLabels[data.language];
  return {
    language: data.language,
    title: data.name,
    subtitle: [data.organisation, years(data.years)].filter(Boolean).join(' · '),
    ...(data.footer ? { footer: data.footer } : {}),
    ...(data.fundingMark ? { fundingMark: data.fundingMark } : {}),
    version: input.version,
    publishedAt: new Date(input.publishedAt).toISOString(),
    regions: sessions.map((s) => ({
      sessionId: s.sessionId,
      region: s.region,
      title: s.doc.sessionTitle,
      place: s.doc.place,
      date: s.doc.date,
      method: s.method,
      summaryVersion: s.doc.version,
    })),
    participation: participation(sessions),
    questions: input.questions.questions.map((q) => question(q, sessions, input.questions, input.matches)),
    goals: projectGoals(data, sessions),
    closingViews: sessions
      .map((s) => ({ region: s.region, text: s.doc.closingView.trim() }))
      .filter((c) => c.text !== ''),
    closingText: input.text,
    labels,
  };
};
