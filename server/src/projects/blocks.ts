import type {
  ProjectReport,
  ProjectReportGoal,
  ProjectReportQuestion,
  ProjectTheme,
  SummaryItems,
} from '@aquarium/shared';
import { formatNumber, itemBlocks, richText, paragraphs, type ItemLabels } from '../summary/render/blocks.js';
import type { Block, DocumentFrame } from '../summary/render/index.js';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What the summary's renderers read besides the blocks: title, language, footer, funding mark. */
export const reportFrame = (doc: ProjectReport): DocumentFrame => ({
  language: doc.language,
  title: doc.title,
  sessionTitle: doc.labels.reportKind,
  ...(doc.footer ? { footer: doc.footer } : {}),
  ...(doc.fundingMark ? { fundingMark: doc.fundingMark } : {}),
});

/** Notes and thoughts as one list (a thought's group and votes after it), labelled, or nothing. */
const items = (scope: SummaryItems, label: string | null, labels: ItemLabels): Block[] => {
  const list = itemBlocks(scope, labels).flatMap((b) => (b.kind === 'bullets' ? b.items : []));
  if (list.length === 0) return [];
  return [label ? { kind: 'bullets', label, items: list } : { kind: 'bullets', items: list }];
};

/** A name on its own line in bold, in every format (a rich paragraph of one bold span). */
const bold = (text: string): Block => ({
  kind: 'rich',
  blocks: [{ kind: 'paragraph', spans: [{ text, bold: true }] }],
});

/** A theme under its name ("Pohjanmaa · Yhteistyö"): its text, then its notes and thoughts in one list. */
const themeBlocks = (theme: ProjectTheme, name: string, labels: ItemLabels): Block[] => {
  const text = richText(theme.consolidated);
  if (text.length > 0) return [bold(name), ...text, ...items(theme.items, null, labels)];
  const list = items(theme.items, name, labels);
  // A theme with neither text nor items still shows its name: it was published.
  return list.length > 0 ? list : [bold(name)];
};

function questionBlocks(q: ProjectReportQuestion, doc: ProjectReport): Block[] {
  const { labels } = doc;
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: `${labels.question} ${q.number}: ${oneLine(q.text)}` }];
  // Both parts say what they are: a match's name and a region's name look alike as headings.
  if (q.matches.length > 0) blocks.push({ kind: 'paragraph', text: labels.matchedThemes, tone: 'meta' });
  for (const match of q.matches) {
    blocks.push({ kind: 'heading', level: 4, text: oneLine(match.name) });
    for (const region of match.regions) {
      for (const theme of region.themes) {
        const prefix = theme.name === match.name ? region.region : `${region.region} · ${oneLine(theme.name)}`;
        blocks.push(...themeBlocks(theme, prefix, labels));
      }
    }
  }
  if (q.matches.length > 0 && q.regions.length > 0) {
    blocks.push({ kind: 'paragraph', text: labels.regionThemes, tone: 'meta' });
  }
  for (const region of q.regions) {
    blocks.push({ kind: 'heading', level: 4, text: oneLine(region.region) }, ...richText(region.consolidated));
    for (const theme of region.themes) blocks.push(...themeBlocks(theme, oneLine(theme.name), labels));
    blocks.push(...items(region.unthemed, labels.otherPoints, labels));
    for (const group of region.groupPoints) {
      const points = group.points.map((p) => p.trim()).filter(Boolean);
      if (points.length > 0) {
        blocks.push({
          kind: 'bullets',
          label: `${labels.groupPoints}: ${oneLine(group.group)}`,
          items: points.map((text) => ({ text })),
        });
      }
      const record = paragraphs(group.summary);
      if (record.length > 0)
        blocks.push({ kind: 'paragraph', text: `${oneLine(group.group)}, ${labels.groupRecord}:` }, ...record);
    }
  }
  return blocks;
}

function goalBlocks(goal: ProjectReportGoal, doc: ProjectReport, num: (n: number) => string): Block[] {
  const { labels } = doc;
  const caption = `${labels.goal} ${goal.number}`;
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: `${caption}: ${oneLine(goal.name)}` }];
  if (goal.byRegion.every((r) => !r.rows?.length && r.withheld === 0)) {
    return [...blocks, { kind: 'paragraph', text: labels.notRated, tone: 'meta' }];
  }
  blocks.push({ kind: 'heading', level: 4, text: labels.byRegion });
  blocks.push({
    kind: 'table',
    caption: `${caption}: ${labels.byRegion}`,
    header: [labels.region, labels.group, ...labels.scale],
    rows: goal.byRegion.flatMap((r) =>
      r.rows && r.rows.length > 0
        ? r.rows.map((row) => [oneLine(r.region), oneLine(row.group), ...row.counts.map(num)])
        : [[oneLine(r.region), labels.notRated, ...labels.scale.map(() => '')]],
    ),
    numeric: [false, false, ...labels.scale.map(() => true)],
  });
  for (const r of goal.byRegion.filter((x) => x.withheld > 0)) {
    blocks.push({
      kind: 'paragraph',
      text: `${r.region}: ${labels.withheld.replace('{n}', num(r.withheld))}`,
      tone: 'meta',
    });
  }
  if (goal.byGroup.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: labels.byGroup });
    blocks.push({
      kind: 'table',
      caption: `${caption}: ${labels.byGroup}`,
      header: [labels.group, ...labels.scale],
      rows: goal.byGroup.map((row) => [oneLine(row.group), ...row.counts.map(num)]),
      numeric: [false, ...labels.scale.map(() => true)],
    });
  }
  return blocks;
}

/** The project report as the summary's format-neutral blocks: every format draws it as it draws a summary. */
export function projectBlocks(doc: ProjectReport, draft = false): Block[] {
  const { labels } = doc;
  const num = (n: number) => formatNumber(n, doc.language);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: oneLine(doc.title) }];
  blocks.push({ kind: 'paragraph', text: labels.reportKind, tone: 'meta' });
  if (doc.subtitle.trim()) blocks.push({ kind: 'paragraph', text: oneLine(doc.subtitle), tone: 'meta' });
  const version = `${labels.version} ${doc.version}${draft ? ` (${labels.draft})` : ''}`;
  blocks.push({ kind: 'paragraph', text: version, tone: 'meta' });

  blocks.push({ kind: 'heading', level: 2, text: labels.regions });
  blocks.push({
    kind: 'table',
    caption: labels.regions,
    header: [labels.region, labels.place, labels.date, labels.method],
    rows: doc.regions.map((r) => [oneLine(r.region), oneLine(r.place), oneLine(r.date), labels.methods[r.method]]),
    numeric: [false, false, false, false],
  });

  const p = doc.participation;
  blocks.push({ kind: 'heading', level: 2, text: labels.participation });
  blocks.push({ kind: 'paragraph', text: `${labels.participantsTotal}: ${num(p.total)}` });
  // Each region with its groups in words (a region × group grid outgrows an A4 page), then the groups' totals.
  blocks.push({
    kind: 'bullets',
    items: p.rows.map((r) => {
      const groups = p.groups
        .map((g, i) => (r.counts[i] ? `${oneLine(g)} ${num(r.counts[i])}` : ''))
        .filter(Boolean)
        .join(', ');
      const text = `${oneLine(r.region)}: ${num(r.total)}`;
      return groups ? { text, meta: `(${groups})` } : { text };
    }),
  });
  blocks.push({
    kind: 'table',
    caption: `${labels.participation}: ${labels.group}`,
    header: [labels.group, labels.participants],
    rows: [...p.groups.map((g, i) => [oneLine(g), num(p.byGroup[i]!)]), [labels.total, num(p.total)]],
    numeric: [false, true],
  });

  if (doc.questions.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.discussion });
    for (const q of doc.questions) blocks.push(...questionBlocks(q, doc));
  }
  if (doc.goals.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.goals });
    for (const goal of doc.goals) blocks.push(...goalBlocks(goal, doc, num));
  }
  if (doc.closingViews.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.closingViews });
    for (const view of doc.closingViews) {
      blocks.push({ kind: 'heading', level: 3, text: oneLine(view.region) }, ...richText(view.text));
    }
  }
  const closing = richText(doc.closingText);
  if (closing.length > 0) blocks.push({ kind: 'heading', level: 2, text: labels.closingText }, ...closing);
  return blocks;
}
