import { patch, put, type Fold } from './types.js';

export const noteAdded: Fold<'note.added'> = (s, e) =>
  s.notes[e.data.note.id]
    ? s
    : {
        ...s,
        notes: put(s.notes, e.data.note.id, { ...e.data.note, updatedAt: e.at, versions: [], deleted: false }),
      };

export const noteEdited: Fold<'note.edited'> = (s, e) => ({
  ...s,
  notes: patch(s.notes, e.data.noteId, (n) => {
    const textChanged = e.data.text !== undefined && e.data.text !== n.text;
    return {
      ...n,
      text: e.data.text ?? n.text,
      questionId: e.data.questionId === undefined ? n.questionId : e.data.questionId,
      versions: textChanged ? [...n.versions, { text: n.text, at: n.updatedAt }] : n.versions,
      updatedAt: e.at,
    };
  }),
});

export const noteMoved: Fold<'note.moved'> = (s, e) => ({
  ...s,
  notes: patch(s.notes, e.data.noteId, (n) => ({ ...n, order: e.data.order })),
});

export const noteDeleted: Fold<'note.deleted'> = (s, e) => ({
  ...s,
  notes: patch(s.notes, e.data.noteId, (n) => ({ ...n, deleted: true, updatedAt: e.at })),
});

export const noteThemed: Fold<'note.themed'> = (s, e) => ({
  ...s,
  notes: patch(s.notes, e.data.noteId, (n) => ({ ...n, themeId: e.data.themeId })),
});
