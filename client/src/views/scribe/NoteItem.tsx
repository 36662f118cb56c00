import { limits } from '@aquarium/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { ConfirmButton } from '../capture/ConfirmButton';
import { draggableProps } from '../capture/dragItem';
import { ThemeSelect } from '../capture/ThemeSelect';
import type { NoteView } from './notesModel';
import { FormButtons } from '../capture/FormButtons';

interface Props {
  note: NoteView;
  moves: { up: { afterNoteId: string | null } | null; down: { afterNoteId: string | null } | null };
}

const timeOf = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** One note: its text, editable in place, with its earlier versions, its theme, moves and delete. */
export const NoteItem = ({ note, moves }: Props) => {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const phaseName = useStore((s) => s.session?.setup.phases.find((p) => p.id === note.phaseId)?.name ?? null);
  const move = (afterNoteId: string | null) => void sendCommand('note:move', { noteId: note.id, afterNoteId });

  return (
    <li
      className={`note ${note.unsaved ? 'note--unsaved' : ''}`}
      data-testid="note"
      {...(note.local ? {} : draggableProps({ kind: 'note', itemId: note.id, questionId: note.questionId }))}
    >
      {editing ? <EditForm note={note} done={() => setEditing(false)} /> : <p className="note__text">{note.text}</p>}
      <p className="note__meta">
        {note.unsaved ? (
          <span className="note__unsaved">
            <span aria-hidden="true">⚠ </span>
            {t('capture.notes.unsaved')}
          </span>
        ) : null}
        {phaseName ? <span>{phaseName}</span> : null}
      </p>
      {note.local || editing ? null : (
        <div className="note__actions">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('capture.notes.edit')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!moves.up}
            onClick={() => move(moves.up!.afterNoteId)}
          >
            <span aria-hidden="true">↑ </span>
            {t('capture.notes.up')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!moves.down}
            onClick={() => move(moves.down!.afterNoteId)}
          >
            <span aria-hidden="true">↓ </span>
            {t('capture.notes.down')}
          </button>
          {note.versions.length > 0 ? (
            <button
              type="button"
              className="button button--small button--secondary"
              aria-expanded={showHistory}
              aria-controls={`${id}-history`}
              onClick={() => setShowHistory((v) => !v)}
            >
              {t('capture.notes.history', { n: note.versions.length })}
            </button>
          ) : null}
          <ThemeSelect kind="note" itemId={note.id} questionId={note.questionId} themeId={note.themeId} />
          <ConfirmButton
            label={t('capture.notes.delete')}
            title={t('capture.notes.deleteTitle')}
            body={t('capture.notes.deleteBody')}
            confirm={t('capture.notes.deleteConfirm')}
            onConfirm={() => void sendCommand('note:delete', { noteId: note.id })}
          />
        </div>
      )}
      {showHistory && note.versions.length > 0 ? (
        <ol id={`${id}-history`} className="note__history" aria-label={t('capture.notes.historyTitle')}>
          {note.versions.map((v, i) => (
            <li key={i}>
              <span className="note__history-time">{timeOf(v.at)}</span> {v.text}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
};

const EditForm = ({ note, done }: { note: NoteView; done: () => void }) => {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(note.text);
  const save = () => {
    const trimmed = text.trim();
    if (trimmed && trimmed !== note.text && trimmed.length <= limits.noteLength) {
      void sendCommand('note:edit', { noteId: note.id, text: trimmed }, { durable: true });
    }
    done();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save();
  };
  return (
    <form className="note__edit" onSubmit={submit}>
      <label htmlFor={id}>{t('capture.notes.editLabel')}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
          if (e.key === 'Escape') done();
        }}
      />
      <FormButtons submitLabel={t('capture.saveButton')} onCancel={done} />
    </form>
  );
};
