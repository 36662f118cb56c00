import type { SessionState } from '../state.js';
import { patch, without, type Fold } from './types.js';

/** Moves every note and thought (full and public) from one theme to another (or to none). */
const rehome = (s: SessionState, from: string, to: string | null): SessionState => {
  const move = <T extends { themeId: string | null }>(items: Record<string, T>) => {
    let changed = false;
    const next: Record<string, T> = {};
    for (const [id, item] of Object.entries(items)) {
      if (item.themeId === from) {
        next[id] = { ...item, themeId: to };
        changed = true;
      } else next[id] = item;
    }
    return changed ? next : items;
  };
  return { ...s, notes: move(s.notes), thoughts: move(s.thoughts), publicThoughts: move(s.publicThoughts) };
};

export const themeCreated: Fold<'theme.created'> = (s, e) => ({
  ...s,
  themes: { ...s.themes, [e.data.theme.id]: e.data.theme },
});

export const themeRenamed: Fold<'theme.renamed'> = (s, e) => ({
  ...s,
  themes: patch(s.themes, e.data.themeId, (t) => ({ ...t, name: e.data.name })),
});

export const themeMerged: Fold<'theme.merged'> = (s, e) => {
  const moved = rehome(s, e.data.sourceId, e.data.targetId);
  return { ...moved, themes: without(moved.themes, e.data.sourceId) };
};

export const themeDeleted: Fold<'theme.deleted'> = (s, e) => {
  const moved = rehome(s, e.data.themeId, null);
  return { ...moved, themes: without(moved.themes, e.data.themeId) };
};
