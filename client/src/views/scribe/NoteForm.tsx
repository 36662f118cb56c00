import { limits } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useQuestions, useThemesOf } from '../capture/captureSelectors';
import { ThemePicker } from '../capture/ThemePicker';
import { QuestionField } from '../capture/QuestionField';
import { useQuestionChoice } from '../capture/useQuestionChoice';
import { usePersistentDraft } from '../capture/usePersistentDraft';

/** Writes a note under the question in focus (or the chosen one), optionally under a theme. */
export const NoteForm = () => {
  const t = useT();
  const id = useId();
  const questions = useQuestions();
  const [questionId, setQuestionId] = useQuestionChoice();
  const themes = useThemesOf(questionId);
  const [themeChoice, setThemeChoice] = useState<string>('');
  const themeId = themes.some((th) => th.id === themeChoice) ? themeChoice : '';
  const [text, setText] = usePersistentDraft('note');
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) return setError(t('capture.notes.empty'));
    if (trimmed.length > limits.noteLength) return setError(t('capture.notes.tooLong', { max: limits.noteLength }));
    setError(null);
    void sendCommand(
      'note:add',
      { noteId: nanoid(), text: trimmed, questionId, themeId: themeId || null },
      { durable: true },
    );
    setText('');
    area.current?.focus();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      add();
    }
  };

  return (
    <form className="note-form" onSubmit={submit}>
      <div className="note-form__where">
        <QuestionField id={`${id}-q`} questions={questions} value={questionId} onChange={setQuestionId} />
        {themes.length > 0 ? (
          <div className="field">
            <ThemePicker
              id={`${id}-th`}
              themes={themes}
              value={themeId || null}
              onChange={(chosen) => setThemeChoice(chosen ?? '')}
            />
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('capture.notes.write')}</label>
        <textarea
          id={`${id}-text`}
          ref={area}
          rows={4}
          value={text}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="note-input"
        />
        <p id={`${id}-hint`} className="hint">
          {t('capture.notes.shortcut')}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary">
        {t('capture.notes.add')}
      </button>
    </form>
  );
};
