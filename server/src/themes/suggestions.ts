import { createHash } from 'node:crypto';
import { ErrorCode, fail, type SessionState, type ThemeSuggestAck, type ThemeSuggestRequest } from '@aquarium/shared';
import type { SuggestionPool } from './suggest/pool.js';
import type { ExistingTheme, Unthemed } from './suggest/suggest.js';

/**
 * What the suggestions are computed from: the question's unthemed notes and approved thoughts (never a
 * pending or hidden thought's text), less those the person dismissed, and the question's existing themes
 * with the texts under them.
 */
export const suggestionInput = (
  s: SessionState,
  questionId: string,
  dismissed: ReadonlySet<string>,
): { items: Unthemed[]; themes: ExistingTheme[] } => {
  const notes = Object.values(s.notes).filter((n) => !n.deleted && n.questionId === questionId);
  const thoughts = Object.values(s.thoughts).filter((t) => t.status === 'approved' && t.questionId === questionId);
  notes.sort((a, b) => a.order - b.order);
  thoughts.sort((a, b) => a.submittedAt - b.submittedAt);
  const items: Unthemed[] = [
    ...notes
      .filter((n) => !n.themeId && !dismissed.has(n.id))
      .map((n) => ({ kind: 'note' as const, id: n.id, text: n.text })),
    ...thoughts
      .filter((t) => !t.themeId && !dismissed.has(t.id))
      .map((t) => ({ kind: 'thought' as const, id: t.id, text: t.text })),
  ];
  const themes = Object.values(s.themes)
    .filter((t) => t.questionId === questionId)
    .map((t) => ({
      id: t.id,
      name: t.name,
      texts: [...notes, ...thoughts].filter((i) => i.themeId === t.id).map((i) => i.text),
    }));
  return { items, themes };
};

/** The same members give the same key, whatever their order. */
export const suggestionKey = (ids: readonly string[]): string =>
  createHash('sha256')
    .update([...ids].sort().join(' '))
    .digest('base64url')
    .slice(0, 16);

/** At most this many suggestions are sent: more than a screen of new themes helps nobody. */
const MAX_SUGGESTIONS = 30;

/**
 * `themes:suggest` on a session's state: suggested themes for the question and existing themes for single
 * items. Read only: nothing is stored and no event is written; the computation runs in the pool's thread.
 */
export const suggestFor = async (
  state: SessionState,
  request: ThemeSuggestRequest,
  pool: SuggestionPool,
): Promise<ThemeSuggestAck> => {
  const { questionId, placementsOnly = false } = request;
  if (!state.setup.questions.some((q) => q.id === questionId)) return fail(ErrorCode.NotFound, 'no such question');
  const input = suggestionInput(state, questionId, new Set(request.dismissed));
  // Nothing to propose for: no item, or (for proposals alone) no theme to place one in.
  if (input.items.length === 0 || (placementsOnly && input.themes.length === 0)) {
    return { ok: true, suggestions: [], placements: [] };
  }
  const result = await pool.run({ language: state.setup.language, ...input, placementsOnly });
  return {
    ok: true,
    suggestions: result.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => ({
      key: suggestionKey(s.members.map((m) => m.id)),
      name: s.name,
      items: s.members.map((m) => ({ kind: m.kind, id: m.id })),
    })),
    placements: result.placements.map((p) => ({ kind: p.item.kind, id: p.item.id, themeId: p.themeId })),
  };
};
