import type { SessionState } from '@aquarium/shared';

/** A note or an approved thought as the summary editor lists it. */
export interface EditorItem {
  id: string;
  text: string;
  /** For a thought: its stakeholder group, and the author's name if they chose to show it. */
  source: string;
  excluded: boolean;
}

export interface ScopeItems {
  notes: EditorItem[];
  thoughts: EditorItem[];
}

type Placed = { questionId: string; themeId: string | null };

/** A theme's items, or a question's items under no theme (`q:<questionId>`), as `summary:order` names them. */
export const scopeMatch = (scope: string) =>
  scope.startsWith('q:')
    ? (i: Placed) => i.questionId === scope.slice(2) && i.themeId === null
    : (i: Placed) => i.themeId === scope;

const ranked = <T extends { id: string }>(items: T[], order: string[] | undefined, natural: (a: T, b: T) => number) => {
  const rank = new Map((order ?? []).map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || natural(a, b));
};

/** What the summary will hold for a scope, in the same order `composeSummary` uses, excluded ones too. */
export const scopeItems = (s: SessionState, scope: string): ScopeItems => {
  const match = scopeMatch(scope);
  const excluded = new Set(s.summary.excluded);
  const order = s.summary.order[scope];
  const groupName = (id: string) => s.setup.stakeholderGroups.find((g) => g.id === id)?.name ?? '';
  const notes = ranked(
    Object.values(s.notes).filter((n) => !n.deleted && match(n)),
    order,
    (a, b) => a.order - b.order,
  );
  const thoughts = ranked(
    Object.values(s.thoughts).filter((t) => t.status === 'approved' && match(t)),
    order,
    (a, b) => a.submittedAt - b.submittedAt,
  );
  return {
    notes: notes.map((n) => ({ id: n.id, text: n.text, source: '', excluded: excluded.has(n.id) })),
    thoughts: thoughts.map((t) => ({
      id: t.id,
      text: t.text,
      source: [groupName(t.stakeholderGroupId), t.authorName].filter(Boolean).join(', '),
      excluded: excluded.has(t.id),
    })),
  };
};

/** The whole order of a scope after moving one item within its own list (notes or thoughts). */
export const orderAfterMove = (items: ScopeItems, kind: keyof ScopeItems, index: number, delta: -1 | 1): string[] => {
  const list = items[kind].map((i) => i.id);
  const target = index + delta;
  if (target >= 0 && target < list.length) [list[index], list[target]] = [list[target]!, list[index]!];
  const notes = kind === 'notes' ? list : items.notes.map((i) => i.id);
  const thoughts = kind === 'thoughts' ? list : items.thoughts.map((i) => i.id);
  return [...notes, ...thoughts];
};
