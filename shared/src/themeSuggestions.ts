import { z } from 'zod';
import type { Ack, Role } from './protocol.js';
import { ItemId } from './setup.js';

/**
 * Asks the server to suggest themes for the unthemed notes and approved thoughts of one question.
 * `dismissed`: items of suggestions the person dismissed in this view; they are not suggested again.
 * Nothing is stored or applied: accepting a suggestion is done with `theme:create` and `item:theme`.
 */
export const ThemeSuggestRequest = z.strictObject({
  questionId: ItemId,
  dismissed: z.array(ItemId).max(10_000).optional(),
  /** Only existing themes for unthemed items, no new groups: asked as new notes and thoughts arrive. */
  placementsOnly: z.boolean().optional(),
});
export type ThemeSuggestRequest = z.infer<typeof ThemeSuggestRequest>;

/**
 * `themes:suggest`, declared once as the commands are (a sentence for the protocol document, the roles, the
 * payload schema), but a query: no command id, no events, nothing stored, so it is not in `commands`.
 */
export const themeSuggestQuery = {
  name: 'themes:suggest',
  doc:
    'Suggests new themes for the unthemed notes and approved thoughts of a question (each a proposed name ' +
    'and its items), and existing themes for single items; `placementsOnly` asks for the latter alone. ' +
    'Nothing is stored: accepting is `theme:create` and `item:theme`.',
  /** The people who sort notes into themes; every other role is refused with FORBIDDEN. */
  roles: ['facilitator', 'scribe'] as readonly Role[],
  schema: ThemeSuggestRequest,
} as const;

/** A note or thought in a suggestion. */
export interface SuggestedItem {
  kind: 'note' | 'thought';
  id: string;
}

/** A suggested new theme: a proposed name (its most telling words, in base form) and its members. */
export interface ThemeSuggestion {
  /** Stable for the same members: the view keeps what the person did to it (renamed, dismissed) by this key. */
  key: string;
  name: string;
  items: SuggestedItem[];
}

/** An unthemed item that fits an existing theme of the question ("belongs to …?"). */
export interface ThemePlacement extends SuggestedItem {
  themeId: string;
}

/** The answer to `themes:suggest`. */
export type ThemeSuggestAck = Ack<{ suggestions: ThemeSuggestion[]; placements: ThemePlacement[] }>;
