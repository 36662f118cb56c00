import { voteTotals, type Note, type Thought } from './capture.js';
import { participationByGroup } from './equity.js';
import { groupQuestion, pointsOf, type SmallGroupsState } from './groups.js';
import type { SessionState } from './state.js';
import type { SummaryDocument, SummaryItems } from './summaryDocument.js';
import { summaryLabels } from './summaryLabels.js';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** Sorts by the facilitator's order for the scope first, then by the natural order. */
const ordered = <T extends { id: string }>(
  items: T[],
  order: string[] | undefined,
  natural: (a: T, b: T) => number,
) => {
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || natural(a, b));
};

/** Each group's chosen points on a question and the record it returned; groups with neither are left out. */
const groupPoints = (g: SmallGroupsState, questionId: string) =>
  g.order
    .map((id) => g.groups[id]!)
    .map((group) => ({
      group: group.name,
      points: pointsOf(g, group.id, questionId).map((p) => p.text),
      summary: groupQuestion(g, group.id, questionId).record.returned ?? '',
    }))
    .filter((row) => row.points.length > 0 || row.summary !== '');

/**
 * Composes the summary from a facilitator's full view of the session and their edits: approved,
 * not-excluded thoughts and live notes only; names only where the author chose to show theirs.
 */
export const composeSummary = (s: SessionState, opts: { version: number; publishedAt: number }): SummaryDocument => {
  const { setup, summary: draft } = s;
  const labels = summaryLabels[setup.language];
  const excluded = new Set(draft.excluded);
  const groupName = (id: string | null) => setup.stakeholderGroups.find((g) => g.id === id)?.name ?? '';
  const notes = Object.values(s.notes).filter((n) => !n.deleted && !excluded.has(n.id));
  const thoughts = Object.values(s.thoughts).filter((t) => t.status === 'approved' && !excluded.has(t.id));
  const votesFor = new Map<string, number>();
  for (const vote of Object.values(s.votes)) {
    for (const [id, n] of Object.entries(voteTotals(vote))) votesFor.set(id, (votesFor.get(id) ?? 0) + n);
  }

  const items = (scope: string, inScope: (i: Note | Thought) => boolean): SummaryItems => ({
    notes: ordered(notes.filter(inScope), draft.order[scope], (a, b) => a.order - b.order).map((n) => n.text),
    thoughts: ordered(thoughts.filter(inScope), draft.order[scope], (a, b) => a.submittedAt - b.submittedAt).map(
      (t) => ({
        text: t.text,
        group: groupName(t.stakeholderGroupId),
        author: t.authorName,
        votes: votesFor.get(t.id) ?? 0,
      }),
    ),
  });

  const heading = [setup.project, setup.region].filter(Boolean).join(' – ');
  return {
    language: setup.language,
    title: heading ? `${heading}: ${labels.titleSuffix}` : setup.title,
    sessionTitle: setup.title,
    date: setup.date,
    place: setup.place,
    version: opts.version,
    publishedAt: new Date(opts.publishedAt).toISOString(),
    participants: {
      total: s.participantOrder.length,
      byGroup: setup.stakeholderGroups
        .map((g) => ({
          group: g.name,
          count: Object.values(s.participants).filter((p) => p.stakeholderGroupId === g.id).length,
        }))
        .filter((g) => g.count > 0),
      named: [...new Set(thoughts.map((t) => t.authorName).filter((n): n is string => !!n))].sort(),
    },
    background: draft.background,
    questions: setup.questions.map((q, i) => ({
      number: i + 1,
      text: q.text,
      consolidated: draft.texts[`question:${q.id}`] ?? '',
      themes: Object.values(s.themes)
        .filter((t) => t.questionId === q.id)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((theme) => ({
          name: theme.name,
          consolidated: draft.texts[`theme:${theme.id}`] ?? '',
          items: items(theme.id, (item) => item.themeId === theme.id),
        })),
      unthemed: items(`q:${q.id}`, (item) => item.questionId === q.id && item.themeId === null),
      groupPoints: groupPoints(s.groups, q.id),
    })),
    goodPractices: draft.texts.goodPractices ?? '',
    closingView: draft.texts.closingView ?? '',
    timeline: setup.phases.map((p) => ({
      phase: p.name,
      plannedMinutes: p.plannedMinutes,
      actualMinutes: minutes(s.actualMsByPhase[p.id] ?? 0),
    })),
    participation: participationByGroup(s, s.endedAt ?? opts.publishedAt).map((row) => ({
      group: groupName(row.key),
      present: row.present,
      turns: row.turns,
      talkMinutes: minutes(row.talkMs),
      thoughts: row.thoughts,
    })),
    labels,
  };
};
