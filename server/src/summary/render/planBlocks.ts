import { type SummaryActivity, type SummaryDocument, type SummaryGoal } from '@aquarium/shared';
import type { Block, OutlineItem } from './blocks.js';

/**
 * The project plan read goal by goal (DESIGN §3.3): each goal with its expected result, indicators,
 * activities (nested), the participants' ratings by stakeholder group and the items tagged to it; and,
 * after the discussion, what was not foreseen. Blocks only: each renderer draws them as it draws the rest.
 */

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const outline = (activities: SummaryActivity[], depth = 0): OutlineItem[] =>
  activities.flatMap((a) => [
    { text: a.text.trim(), depth, ...(a.date.trim() ? { meta: `(${a.date.trim()})` } : {}) },
    ...outline(a.children, depth + 1),
  ]);

function goalBlocks(
  doc: SummaryDocument,
  goal: SummaryGoal,
  items: (items: SummaryGoal['items']) => Block[],
  paragraphs: (text: string) => Block[],
  num: (n: number) => string,
): Block[] {
  const plan = doc.plan!;
  const { labels } = plan;
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: `${labels.goal} ${goal.number}: ${oneLine(goal.name)}` }];
  if (goal.expectedResult.trim()) {
    blocks.push({ kind: 'heading', level: 4, text: labels.expectedResult }, ...paragraphs(goal.expectedResult));
  }
  const indicators = goal.indicators.map((i) => i.trim()).filter(Boolean);
  if (indicators.length > 0) {
    blocks.push({ kind: 'bullets', label: labels.indicators, items: indicators.map((text) => ({ text })) });
  }
  const activities = outline(goal.activities).filter((a) => a.text.length > 0);
  if (activities.length > 0) blocks.push({ kind: 'outline', label: labels.activities, items: activities });
  blocks.push({ kind: 'heading', level: 4, text: labels.ratings });
  if (goal.ratings && goal.ratings.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `${labels.goal} ${goal.number}: ${labels.ratings}`,
      header: [doc.labels.group, ...labels.scale],
      rows: goal.ratings.map((row) => [oneLine(row.group), ...row.counts.map(num)]),
      numeric: [false, ...labels.scale.map(() => true)],
    });
  } else if (goal.ratingsWithheld === 0) {
    blocks.push({ kind: 'paragraph', text: labels.notRated, tone: 'meta' });
  }
  if (goal.ratingsWithheld > 0) {
    blocks.push({ kind: 'paragraph', text: labels.withheld.replace('{n}', num(goal.ratingsWithheld)), tone: 'meta' });
  }
  blocks.push(...items(goal.items));
  return blocks;
}

/** Section 3b: goals and how they were reached (nothing when the plan has no goals). */
export function planBlocks(
  doc: SummaryDocument,
  items: (items: SummaryGoal['items']) => Block[],
  paragraphs: (text: string) => Block[],
  num: (n: number) => string,
): Block[] {
  const plan = doc.plan;
  if (!plan || plan.goals.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: plan.labels.goalsHeading }];
  const themes = plan.developmentThemes.map(oneLine).filter(Boolean);
  if (themes.length > 0) {
    blocks.push({ kind: 'bullets', label: plan.labels.developmentThemes, items: themes.map((text) => ({ text })) });
  }
  for (const goal of plan.goals) blocks.push(...goalBlocks(doc, goal, items, paragraphs, num));
  return blocks;
}

/** After the discussion: the items tagged to no goal (only once something is tagged). */
export function unforeseenBlocks(doc: SummaryDocument, items: (items: SummaryGoal['items']) => Block[]): Block[] {
  const plan = doc.plan;
  if (!plan?.unforeseen) return [];
  const body = items(plan.unforeseen);
  if (body.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: plan.labels.unforeseen },
    { kind: 'paragraph', text: plan.labels.unforeseenIntro },
    ...body,
  ];
}
