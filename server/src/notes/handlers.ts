import {
  ErrorCode,
  newEvent,
  nextNoteOrder,
  type AppError,
  type NewEvent,
  type Note,
  type SessionState,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

const liveNote = (s: SessionState, id: string): Note | AppError => {
  const note = s.notes[id];
  if (!note || note.deleted) return { code: ErrorCode.NotFound, message: 'no such note' };
  return note;
};

const isNote = (n: Note | AppError): n is Note => 'id' in n;

/** A theme id that exists under the question, or an error. */
export const checkTheme = (s: SessionState, themeId: string | null, questionId: string | null): AppError | null => {
  if (themeId === null) return null;
  const theme = s.themes[themeId];
  if (!theme) return { code: ErrorCode.NotFound, message: 'no such theme' };
  if (theme.questionId !== questionId) {
    return { code: ErrorCode.InvalidState, message: 'the theme belongs to another question' };
  }
  return null;
};

const checkQuestion = (s: SessionState, questionId: string | null): AppError | null =>
  questionId === null || s.setup.questions.some((q) => q.id === questionId)
    ? null
    : { code: ErrorCode.NotFound, message: 'no such question' };

/** Live notes of one question in their order. */
export const notesOf = (s: SessionState, questionId: string | null): Note[] =>
  Object.values(s.notes)
    .filter((n) => !n.deleted && n.questionId === questionId)
    .sort((a, b) => a.order - b.order);

/** The scribe's notes: written live, edited with history, reordered, struck out. */
export const noteHandlers: HandlerGroup<'note:add' | 'note:edit' | 'note:move' | 'note:delete'> = {
  'note:add': (s, { noteId, text, questionId, themeId = null }, { now }) => {
    if (s.notes[noteId]) return { code: ErrorCode.InvalidState, message: 'a note with this id exists' };
    const err = checkQuestion(s, questionId) ?? checkTheme(s, themeId, questionId);
    if (err) return err;
    // After every note of the question, from an index kept with the notes (no pass over every note).
    const order = nextNoteOrder(s.notes, questionId);
    const phaseId = s.currentPhase === null ? null : (s.setup.phases[s.currentPhase]?.id ?? null);
    return [
      newEvent('note.added', {
        note: { id: noteId, text, questionId, themeId, phaseId, order, createdAt: now },
      }),
    ];
  },
  'note:edit': (s, { noteId, text, questionId }) => {
    const note = liveNote(s, noteId);
    if (!isNote(note)) return note;
    const err = questionId === undefined ? null : checkQuestion(s, questionId);
    if (err) return err;
    const events: NewEvent[] = [newEvent('note.edited', { noteId, text, questionId })];
    // A note that moves to another question leaves its old question's theme.
    if (questionId !== undefined && questionId !== note.questionId && note.themeId !== null) {
      events.push(newEvent('note.themed', { noteId, themeId: null }));
    }
    return events;
  },
  'note:move': (s, { noteId, afterNoteId }) => {
    const note = liveNote(s, noteId);
    if (!isNote(note)) return note;
    const siblings = notesOf(s, note.questionId).filter((n) => n.id !== noteId);
    const at = afterNoteId === null ? 0 : siblings.findIndex((n) => n.id === afterNoteId) + 1;
    if (at === 0 && afterNoteId !== null) return { code: ErrorCode.NotFound, message: 'no such note to move after' };
    const before = siblings[at - 1]?.order;
    const after = siblings[at]?.order;
    const order =
      before === undefined ? (after ?? 1) - 1 : after === undefined ? before + 1 : before + (after - before) / 2;
    return [newEvent('note.moved', { noteId, order })];
  },
  'note:delete': (s, { noteId }) => {
    const note = liveNote(s, noteId);
    if (!isNote(note)) return note;
    return [newEvent('note.deleted', { noteId })];
  },
};
