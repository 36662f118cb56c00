import type { SessionState } from '../state.js';
import type { SummaryDraft } from '../summaryDraft.js';
import type { Fold } from './types.js';

const withDraft = (s: SessionState, change: (d: SummaryDraft) => SummaryDraft): SessionState => ({
  ...s,
  summary: change(s.summary),
});

export const summaryBackgroundSet: Fold<'summary.backgroundSet'> = (s, e) =>
  withDraft(s, (d) => ({ ...d, background: e.data.background }));

export const summaryTextSet: Fold<'summary.textSet'> = (s, e) =>
  withDraft(s, (d) => ({ ...d, texts: { ...d.texts, [e.data.key]: e.data.text } }));

export const summaryFundingMarkSet: Fold<'summary.fundingMarkSet'> = (s, e) =>
  withDraft(s, (d) => ({ ...d, fundingMark: e.data.mark }));

export const summaryItemExcluded: Fold<'summary.itemExcluded'> = (s, e) =>
  withDraft(s, (d) => {
    const rest = d.excluded.filter((id) => id !== e.data.itemId);
    return { ...d, excluded: e.data.excluded ? [...rest, e.data.itemId] : rest };
  });

export const summaryOrdered: Fold<'summary.ordered'> = (s, e) =>
  withDraft(s, (d) => ({ ...d, order: { ...d.order, [e.data.scope]: e.data.itemIds } }));

export const summaryPublished: Fold<'summary.published'> = (s, e) =>
  withDraft(s, (d) => ({
    ...d,
    versions: [...d.versions, { version: e.data.version, publishedAt: e.data.publishedAt }],
  }));
