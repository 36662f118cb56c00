import {
  locales,
  summaryLabels,
  type SummaryDocument,
  type SummaryItems,
  type SummaryLabels,
  type SummaryQuestion,
} from '@aquarium/shared';
import { planBlocks, unforeseenBlocks } from './planBlocks.js';
import { parseRichText, type RichBlock } from '@aquarium/shared/richText';

/**
 * The summary as an ordered list of format-neutral blocks. `toBlocks` decides WHAT is shown and in
 * which order (DESIGN §3); each renderer only decides HOW a block looks, so all formats agree.
 * All texts are plain text: renderers escape them, never interpret them.
 */
export type Block =
  /** Level 1 = document title, 2 = section, 3 = question / subsection, 4 = theme. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** One paragraph; `\n` inside is a line break. `tone: 'meta'` = de-emphasised (date, version). */
  | { kind: 'paragraph'; text: string; tone?: 'meta' }
  /** A bullet list, optionally introduced by a short bold label ("Muistiinpanot"). */
  | { kind: 'bullets'; label?: string; items: BulletItem[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; numeric: boolean[] }
  /** A nested list (a goal's activities): each item at its depth, 0 = top level, in reading order. */
  | { kind: 'outline'; label?: string; items: OutlineItem[] }
  /** A writer's rich text (paragraphs, emphasis, nested lists), parsed from the small Markdown subset. */
  | { kind: 'rich'; blocks: RichBlock[] };

/** One item of an outline; `meta` (a date) is shown after it, de-emphasised. */
export interface OutlineItem extends BulletItem {
  depth: number;
}

/** `text` is the item itself; `meta` ("(Asukkaat, Maija M., 3 pistettä)") is shown after it, de-emphasised. */
export interface BulletItem {
  text: string;
  meta?: string;
}

const clean = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
/** Headings and table cells are single lines. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Splits a multi-line text into paragraphs at blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string, tone?: 'meta'): Block[] {
  return clean(text)
    .split(/\n[ \t]*\n\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (tone ? { kind: 'paragraph', text: part, tone } : { kind: 'paragraph', text: part }));
}

/** A facilitator's rich text (Markdown subset) as one block, or none when it is empty. */
export function richText(text: string): Block[] {
  const blocks = parseRichText(clean(text));
  return blocks.length > 0 ? [{ kind: 'rich', blocks }] : [];
}

/** Numbers as the document's language writes them (a decimal comma in Finnish and Swedish). */
export function formatNumber(value: number, language: SummaryDocument['language']): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
}

/** The labels a list of notes and thoughts uses. */
export type ItemLabels = Pick<Required<SummaryLabels>, 'notes' | 'thoughts' | 'vote' | 'votes'>;

/** A scope's notes and thoughts as labelled bullet lists (the thought's group, author and votes after it). */
export function itemBlocks(items: SummaryItems, labels: ItemLabels): Block[] {
  const blocks: Block[] = [];
  const notes = items.notes.map(clean).filter((note) => note.length > 0);
  if (notes.length > 0) blocks.push({ kind: 'bullets', label: labels.notes, items: notes.map((text) => ({ text })) });
  const thoughts = items.thoughts
    .map((thought) => ({ ...thought, text: clean(thought.text) }))
    .filter((thought) => thought.text.length > 0);
  if (thoughts.length > 0) {
    blocks.push({
      kind: 'bullets',
      label: labels.thoughts,
      items: thoughts.map((thought) => {
        const meta = [thought.group.trim(), thought.author?.trim() ?? ''].filter((part) => part.length > 0);
        if (thought.votes > 0) meta.push(votesText(thought.votes, labels));
        return meta.length > 0 ? { text: thought.text, meta: `(${meta.join(', ')})` } : { text: thought.text };
      }),
    });
  }
  return blocks;
}

type Labels = Required<SummaryLabels>;

/** The document's labels, with today's defaults for any label a version published earlier did not have. */
export const labelsOf = (doc: SummaryDocument): Labels => ({ ...summaryLabels[doc.language], ...doc.labels });

const votesText = (n: number, labels: ItemLabels) => `${n} ${n === 1 ? labels.vote : labels.votes}`;

function questionBlocks(question: SummaryQuestion, labels: Labels, num: (n: number) => string): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${labels.question} ${question.number}: ${oneLine(question.text)}` },
    ...richText(question.consolidated),
  ];
  for (const theme of question.themes) {
    const body = [...richText(theme.consolidated), ...itemBlocks(theme.items, labels)];
    if (body.length > 0) blocks.push({ kind: 'heading', level: 4, text: oneLine(theme.name) }, ...body);
  }
  const other = itemBlocks(question.unthemed, labels);
  if (other.length > 0) blocks.push({ kind: 'heading', level: 4, text: labels.otherPoints }, ...other);
  if (question.themeVotes && question.themeVotes.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: labels.voteResults });
    blocks.push({
      kind: 'table',
      caption: labels.voteResults,
      header: [labels.theme, labels.votesCount],
      rows: question.themeVotes.map((row) => [oneLine(row.theme), num(row.votes)]),
      numeric: [false, true],
    });
  }
  const groups = question.groupPoints
    .map((group) => ({
      group: oneLine(group.group),
      points: group.points
        .map((text, i) => ({ text: clean(text), votes: group.votes?.[i] }))
        .filter((p) => p.text.length > 0),
      summary: paragraphs(group.summary),
      stakeholders: (group.stakeholderGroups ?? []).map(oneLine).filter((name) => name.length > 0),
    }))
    .filter((group) => group.points.length > 0 || group.summary.length > 0);
  if (groups.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: labels.groupPoints });
    for (const group of groups) {
      if (group.points.length > 0) {
        blocks.push({
          kind: 'bullets',
          label: group.group,
          items: group.points.map((p) =>
            p.votes !== undefined ? { text: p.text, meta: `(${votesText(p.votes, labels)})` } : { text: p.text },
          ),
        });
      }
      if (group.stakeholders.length > 0) {
        blocks.push({
          kind: 'paragraph',
          text: `${group.group}, ${labels.stakeholderGroups.toLowerCase()}: ${group.stakeholders.join(', ')}`,
          tone: 'meta',
        });
      }
      if (group.summary.length > 0) {
        blocks.push({ kind: 'paragraph', text: `${group.group}, ${labels.groupRecord}:` }, ...group.summary);
      }
    }
  }
  return blocks;
}

/** Composes the document once, in DESIGN §3 order, skipping empty sections. */
export function toBlocks(doc: SummaryDocument): Block[] {
  const labels = labelsOf(doc);
  const num = (value: number): string => formatNumber(value, doc.language);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: oneLine(doc.title) }];
  if (doc.subtitle?.trim()) blocks.push({ kind: 'paragraph', text: oneLine(doc.subtitle), tone: 'meta' });
  const meta = [doc.date, doc.place].map(clean).filter((part) => part.length > 0);
  if (meta.length > 0) blocks.push({ kind: 'paragraph', text: meta.join(', '), tone: 'meta' });
  blocks.push({ kind: 'paragraph', text: `${labels.version} ${doc.version}`, tone: 'meta' });

  // 2 Participants
  const { participants } = doc;
  blocks.push({ kind: 'heading', level: 2, text: labels.participants });
  blocks.push({ kind: 'paragraph', text: `${labels.participantsTotal}: ${num(participants.total)}` });
  const byGroup = participants.byGroup.filter((row) => row.count > 0);
  if (byGroup.length > 0) {
    blocks.push({
      kind: 'bullets',
      items: byGroup.map((row) => ({ text: `${oneLine(row.group)}: ${num(row.count)}` })),
    });
  }
  const named = participants.named.map(clean).filter((name) => name.length > 0);
  if (named.length > 0) blocks.push({ kind: 'paragraph', text: `${labels.namedParticipants}: ${named.join(', ')}` });

  // 3 Background (only non-empty subsections; nothing at all if all are empty)
  const background = (
    [
      [labels.goals, doc.background.goals],
      [labels.developmentThemes, doc.background.developmentThemes],
      [labels.activities, doc.background.activities],
    ] as const
  )
    .map(([label, text]) => ({ label, body: richText(text) }))
    .filter((part) => part.body.length > 0);
  if (background.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.background });
    for (const part of background) blocks.push({ kind: 'heading', level: 3, text: part.label }, ...part.body);
  }

  // 3b The plan goal by goal: ratings and what was said about each goal
  const items = (scope: SummaryItems) => itemBlocks(scope, labels);
  blocks.push(...planBlocks(doc, items, (text) => paragraphs(text), num));

  // 4 Evaluation discussion, one section per question
  if (doc.questions.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.discussion });
    for (const question of doc.questions) blocks.push(...questionBlocks(question, labels, num));
  }
  // 4b What was not foreseen: items tagged to no goal
  blocks.push(...unforeseenBlocks(doc, items));

  // 5 Good practices, 6 closing view
  for (const [label, text] of [
    [labels.goodPractices, doc.goodPractices],
    [labels.closingView, doc.closingView],
  ] as const) {
    const body = richText(text);
    if (body.length > 0) blocks.push({ kind: 'heading', level: 2, text: label }, ...body);
  }

  // 7 Appendix: timeline and participation tables
  const tables: Block[] = [];
  if (doc.timeline.length > 0) {
    tables.push({ kind: 'heading', level: 3, text: labels.timeline });
    tables.push({
      kind: 'table',
      caption: labels.timeline,
      // The labels say their unit already: "Suunniteltu (min)".
      header: [labels.phase, labels.planned, labels.actual],
      rows: doc.timeline.map((row) => [oneLine(row.phase), num(row.plannedMinutes), num(row.actualMinutes)]),
      numeric: [false, true, true],
    });
  }
  if (doc.participation.length > 0) {
    tables.push({ kind: 'heading', level: 3, text: labels.participation });
    tables.push({
      kind: 'table',
      caption: labels.participation,
      header: [labels.group, labels.present, labels.turns, labels.talkMinutes, labels.thoughtsCount],
      rows: doc.participation.map((row) => [
        oneLine(row.group),
        num(row.present),
        num(row.turns),
        num(row.talkMinutes),
        num(row.thoughts),
      ]),
      numeric: [false, true, true, true, true],
    });
  }
  if (tables.length > 0) blocks.push({ kind: 'heading', level: 2, text: labels.appendix }, ...tables);
  return blocks;
}

/**
 * What a renderer reads of a document besides its blocks: language, title, footer and funding mark. A summary is
 * one; the project report (server/src/projects/) gives its own, with its own blocks.
 */
export type DocumentFrame = Pick<SummaryDocument, 'language' | 'title' | 'sessionTitle' | 'footer' | 'fundingMark'>;

/** The organisation's footer lines (DOCX and PDF put them on every page; web and Markdown at the end). */
export const footerLines = (doc: DocumentFrame): string[] =>
  clean(doc.footer ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
