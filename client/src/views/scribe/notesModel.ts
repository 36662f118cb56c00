import type { Note } from '@aquarium/shared';
import { useMemo } from 'react';
import type { PersistedCommand } from '../../net/outbox';
import { useOutbox } from '../../net/outboxStore';
import { useStore } from '../../state/store';

/** A note as the scribe sees it: the server's copy, or what this laptop still has to send. */
export interface NoteView {
  id: string;
  text: string;
  questionId: string;
  themeId: string | null;
  phaseId: string | null;
  versions: Note['versions'];
  /** Written or edited here, not yet confirmed by the server. */
  unsaved: boolean;
  /** Not on the server at all yet: no actions until it is. */
  local: boolean;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Merges the server's notes with the waiting `note:add` and `note:edit` commands, in order. */
export const mergeNotes = (notes: Record<string, Note>, waiting: PersistedCommand[]): NoteView[] => {
  const edits = new Map<string, string>();
  const added: NoteView[] = [];
  for (const { name, payload } of waiting) {
    const noteId = str(payload.noteId);
    const text = str(payload.text);
    if (!noteId || text === null) continue;
    if (name === 'note:edit') edits.set(noteId, text);
    if (name === 'note:add' && !notes[noteId]) {
      const questionId = str(payload.questionId) ?? '';
      const themeId = str(payload.themeId);
      added.push({ id: noteId, text, questionId, themeId, phaseId: null, versions: [], unsaved: true, local: true });
    }
  }
  const live = Object.values(notes)
    .filter((n) => !n.deleted)
    .sort((a, b) => a.order - b.order)
    .map((n): NoteView => ({
      id: n.id,
      text: edits.get(n.id) ?? n.text,
      questionId: n.questionId,
      themeId: n.themeId,
      phaseId: n.phaseId,
      versions: n.versions,
      unsaved: edits.has(n.id),
      local: false,
    }));
  return [...live, ...added.map((n) => ({ ...n, text: edits.get(n.id) ?? n.text }))];
};

const noNotes: Record<string, Note> = {};

/** Every note in order, waiting ones included; filter by question and theme where shown. */
export const useNoteViews = (): NoteView[] => {
  const notes = useStore((s) => s.session?.notes ?? noNotes);
  const waiting = useOutbox((s) => s.waiting);
  return useMemo(() => mergeNotes(notes, waiting), [notes, waiting]);
};

/** Where "up" and "down" put a note among the shown ones: after which note of its question (null: first). */
export const moveTargets = (questionNotes: NoteView[], group: NoteView[], index: number) => {
  const prev = group[index - 1];
  const next = group[index + 1];
  const before = (n: NoteView) => {
    const at = questionNotes.findIndex((q) => q.id === n.id);
    return questionNotes[at - 1]?.id ?? null;
  };
  return {
    up: prev && !prev.local ? { afterNoteId: before(prev) } : null,
    down: next && !next.local ? { afterNoteId: next.id } : null,
  };
};
