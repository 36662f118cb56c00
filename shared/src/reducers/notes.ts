import type { Note } from '../capture.js';
import { isOwned } from './owned.js';
import { patch, put, type Fold } from './types.js';

/**
 * Per notes record: the highest `order` any note of each question has had (deleted ones too), so a new note
 * goes after every other at a cost that does not grow with the session. Built on first use; kept up to date
 * while a fold changes the same record in place (a server session that owns its state), left behind when
 * the record is copied (built again if asked). It never goes down: a bound above every live note's order.
 */
const highest = new WeakMap<Record<string, Note>, Map<string | null, number>>();

const raise = (index: Map<string | null, number>, n: { questionId: string | null; order: number }) => {
  if (n.order > (index.get(n.questionId) ?? Number.NEGATIVE_INFINITY)) index.set(n.questionId, n.order);
};

/** The order after every note of the question (1 for its first note). */
export const nextNoteOrder = (notes: Record<string, Note>, questionId: string | null): number => {
  let index = highest.get(notes);
  if (!index) {
    index = new Map();
    for (const n of Object.values(notes)) raise(index, n);
    highest.set(notes, index);
  }
  return (index.get(questionId) ?? 0) + 1;
};

/** `put` for a note: the index follows a record changed in place. */
const putNote = (notes: Record<string, Note>, note: Note): Record<string, Note> => {
  const index = isOwned(notes) ? highest.get(notes) : undefined;
  const after = put(notes, note.id, note);
  if (index) raise(index, note);
  return after;
};

export const noteAdded: Fold<'note.added'> = (s, e) =>
  s.notes[e.data.note.id]
    ? s
    : {
        ...s,
        notes: putNote(s.notes, { ...e.data.note, updatedAt: e.at, versions: [], deleted: false }),
      };

export const noteEdited: Fold<'note.edited'> = (s, e) => {
  const n = s.notes[e.data.noteId];
  if (!n) return s;
  const textChanged = e.data.text !== undefined && e.data.text !== n.text;
  return {
    ...s,
    notes: putNote(s.notes, {
      ...n,
      text: e.data.text ?? n.text,
      questionId: e.data.questionId === undefined ? n.questionId : e.data.questionId,
      versions: textChanged ? [...n.versions, { text: n.text, at: n.updatedAt }] : n.versions,
      updatedAt: e.at,
    }),
  };
};

export const noteMoved: Fold<'note.moved'> = (s, e) => {
  const n = s.notes[e.data.noteId];
  return n ? { ...s, notes: putNote(s.notes, { ...n, order: e.data.order }) } : s;
};

export const noteDeleted: Fold<'note.deleted'> = (s, e) => ({
  ...s,
  notes: patch(s.notes, e.data.noteId, (n) => ({ ...n, deleted: true, updatedAt: e.at })),
});

export const noteThemed: Fold<'note.themed'> = (s, e) => ({
  ...s,
  notes: patch(s.notes, e.data.noteId, (n) => ({ ...n, themeId: e.data.themeId })),
});
