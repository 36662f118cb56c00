import { voteTotals, type Note, type Thought } from './capture.js';
import { participationByGroup } from './equity.js';
import { anonymityMinimum } from './goals.js';
import { groupQuestion, groupVoteTotals, pointsOf } from './groups.js';
import type { SessionState } from './state.js';
import type { SummaryDocument, SummaryItems, SummaryLabels } from './summaryDocument.js';
import { RENAMABLE_HEADINGS, HEADING_MAX } from './summaryDraft.js';
import { formatSummaryDate } from './summaryFormat.js';
import { summaryLabels } from './summaryLabels.js';
import { anonymousGroupName, composePlan } from './summaryPlan.js';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/**
 * The appendix's participation table counts what the document shows: approved thoughts not left out, and the
 * thoughts small-group members wrote alone (counted, never shown). Stakeholder groups with fewer people present
 * than the anonymity minimum are combined into one "other groups" row, so no one person's counts stand alone.
 */
const summaryParticipation = (s: SessionState, now: number, excluded: Set<string>, otherLabel: string) => {
  const shown = (id: string) => s.thoughts[id]?.status === 'approved' && !excluded.has(id);
  const rows = participationByGroup(s, s.endedAt ?? now).map((row) => {
    const people = Object.values(s.participants).filter((p) => p.stakeholderGroupId === row.key);
    const aquarium = Object.values(s.thoughts).filter((t) => t.stakeholderGroupId === row.key && shown(t.id)).length;
    const alone = Object.entries(s.groups.written)
      .filter(([key]) => people.some((p) => key.startsWith(`${p.id}:`)))
      .reduce((sum, [, n]) => sum + n, 0);
    return {
      group: s.setup.stakeholderGroups.find((g) => g.id === row.key)?.name ?? '',
      present: row.present,
      turns: row.turns,
      talkMs: row.talkMs,
      thoughts: aquarium + alone,
    };
  });
  const minimum = anonymityMinimum(s.setup);
  const small = rows.filter((row) => row.present > 0 && row.present < minimum);
  const named = rows.filter((row) => row.present === 0 || row.present >= minimum);
  const other = small.reduce(
    (sum, row) => ({
      group: otherLabel,
      present: sum.present + row.present,
      turns: sum.turns + row.turns,
      talkMs: sum.talkMs + row.talkMs,
      thoughts: sum.thoughts + row.thoughts,
    }),
    { group: otherLabel, present: 0, turns: 0, talkMs: 0, thoughts: 0 },
  );
  return [...named, ...(small.length > 0 ? [other] : [])].map((row) => ({
    group: row.group,
    present: row.present,
    turns: row.turns,
    talkMinutes: minutes(row.talkMs),
    thoughts: row.thoughts,
  }));
};

/** Sorts by the facilitator's order for the scope first, then by the natural order. */
const ordered = <T extends { id: string }>(
  items: T[],
  order: string[] | undefined,
  natural: (a: T, b: T) => number,
) => {
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || natural(a, b));
};

/**
 * Each group's chosen points on a question (with their dot-vote points), the record it returned and the
 * stakeholder groups its members came from; groups with neither points nor record are left out.
 */
const groupPoints = (s: SessionState, questionId: string) => {
  const g = s.groups;
  return g.order
    .map((id) => g.groups[id]!)
    .map((group) => {
      const points = pointsOf(g, group.id, questionId);
      const vote = groupQuestion(g, group.id, questionId).vote;
      const totals = vote ? (vote.totals ?? groupVoteTotals(vote)) : null;
      const stakeholderIds = new Set(group.members.map((m) => s.participants[m.id]?.stakeholderGroupId ?? null));
      return {
        group: group.name,
        points: points.map((p) => p.text),
        summary: groupQuestion(g, group.id, questionId).record.returned ?? '',
        ...(totals ? { votes: points.map((p) => totals[p.id] ?? 0) } : {}),
        stakeholderGroups: s.setup.stakeholderGroups.filter((sg) => stakeholderIds.has(sg.id)).map((sg) => sg.name),
      };
    })
    .filter((row) => row.points.length > 0 || row.summary !== '');
};

/** The labels with the facilitator's renamed headings (`heading:<name>` texts) in place of the defaults. */
const renamedLabels = (labels: Required<SummaryLabels>, texts: Record<string, string>): Required<SummaryLabels> => {
  const out = { ...labels };
  for (const name of RENAMABLE_HEADINGS) {
    const renamed = (texts[`heading:${name}`] ?? '').replace(/\s+/g, ' ').trim().slice(0, HEADING_MAX);
    if (renamed) out[name] = renamed;
  }
  return out;
};

/**
 * Composes the summary from a facilitator's full view of the session and their edits: approved,
 * not-excluded thoughts and live notes only; names only where the author chose to show theirs.
 */
export const composeSummary = (s: SessionState, opts: { version: number; publishedAt: number }): SummaryDocument => {
  const { setup, summary: draft } = s;
  const { titleSuffix: _suffix, newerVersion: _newer, ...defaults } = summaryLabels[setup.language];
  const labels = renamedLabels(defaults, draft.texts);
  const excluded = new Set(draft.excluded);
  // Next to a thought, a stakeholder group below the anonymity minimum is named "other" (k-anonymity).
  const thoughtGroup = anonymousGroupName(s);
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
        group: thoughtGroup(t.stakeholderGroupId),
        author: t.authorName,
        votes: votesFor.get(t.id) ?? 0,
      }),
    ),
  });

  const heading = [setup.project, setup.region].filter(Boolean).join(' – ');
  const title = setup.title.trim();
  const themeVotes = (questionId: string) => {
    const voted = Object.values(s.votes).some((v) => v.questionId === questionId && v.targetKind === 'theme');
    if (!voted) return undefined;
    return Object.values(s.themes)
      .filter((t) => t.questionId === questionId)
      .map((t) => ({ theme: t.name, votes: votesFor.get(t.id) ?? 0, createdAt: t.createdAt }))
      .sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt)
      .map(({ theme, votes }) => ({ theme, votes }));
  };
  return {
    language: setup.language,
    // The session's own title names the document; project and region stand under it.
    title: title || (heading ? `${heading}: ${summaryLabels[setup.language].titleSuffix}` : ''),
    ...(title && heading ? { subtitle: heading } : {}),
    ...(draft.texts.footer?.trim() ? { footer: draft.texts.footer.trim() } : {}),
    project: setup.project,
    region: setup.region,
    sessionTitle: setup.title,
    date: formatSummaryDate(setup.date, setup.language),
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
      groupPoints: groupPoints(s, q.id),
      ...(themeVotes(q.id) ? { themeVotes: themeVotes(q.id) } : {}),
    })),
    plan: composePlan(s, (scope, inScope) =>
      items(scope, (i) => inScope('participantId' in i ? 'thought' : 'note', i)),
    ),
    goodPractices: draft.texts.goodPractices ?? '',
    closingView: draft.texts.closingView ?? '',
    timeline: setup.phases.map((p) => ({
      phase: p.name,
      plannedMinutes: p.plannedMinutes,
      actualMinutes: minutes(s.actualMsByPhase[p.id] ?? 0),
    })),
    participation: summaryParticipation(s, opts.publishedAt, excluded, labels.otherGroups),
    labels,
  };
};
