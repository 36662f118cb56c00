import {
  composeSummary,
  ErrorCode,
  latestSummaryVersion,
  newEvent,
  type AppError,
  type SessionState,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

const checkTextKey = (s: SessionState, key: string): AppError | null => {
  const [kind, id] = key.split(':');
  if (kind === 'question' && !s.setup.questions.some((q) => q.id === id)) {
    return { code: ErrorCode.NotFound, message: 'no such question' };
  }
  if (kind === 'theme' && !s.themes[id!]) return { code: ErrorCode.NotFound, message: 'no such theme' };
  return null;
};

type SummaryCommands =
  'summary:setBackground' | 'summary:setText' | 'summary:exclude' | 'summary:order' | 'summary:publish';

/** The facilitator's edits to the summary draft, and publishing a version. */
export const summaryHandlers: HandlerGroup<SummaryCommands> = {
  'summary:setBackground': (_s, { background }) => [newEvent('summary.backgroundSet', { background })],
  'summary:setText': (s, { key, text }) => {
    const err = checkTextKey(s, key);
    if (err) return err;
    return (s.summary.texts[key] ?? '') === text ? [] : [newEvent('summary.textSet', { key, text })];
  },
  'summary:exclude': (s, { itemId, excluded }) => {
    if (!s.notes[itemId] && !s.thoughts[itemId])
      return { code: ErrorCode.NotFound, message: 'no such note or thought' };
    return s.summary.excluded.includes(itemId) === excluded
      ? []
      : [newEvent('summary.itemExcluded', { itemId, excluded })];
  },
  'summary:order': (s, { scope, itemIds }) => {
    const valid = scope.startsWith('q:')
      ? s.setup.questions.some((q) => `q:${q.id}` === scope)
      : s.themes[scope] !== undefined;
    if (!valid) return { code: ErrorCode.NotFound, message: 'no such theme or question' };
    return [newEvent('summary.ordered', { scope, itemIds })];
  },
  'summary:publish': (s, _payload, { now }) => {
    if (s.status !== 'ended') {
      return { code: ErrorCode.InvalidState, message: 'the summary can be published once the session has ended' };
    }
    const version = latestSummaryVersion(s.summary) + 1;
    return [
      newEvent('summary.snapshot', { version, document: composeSummary(s, { version, publishedAt: now }) }),
      newEvent('summary.published', { version, publishedAt: now }),
    ];
  },
};
