import type { Note, Thought } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { QuestionThemes } from '../../capture/QuestionThemes';
import { SettingToggle } from '../../capture/SettingToggle';
import { BoardItems } from './BoardItems';

const noNotes: Record<string, Note> = {};
const noThoughts: Record<string, Thought> = {};

/** The scribe's notes as they appear, and the thoughts, by question and theme; themes are managed here. */
export const NotesBoard = () => {
  const t = useT();
  const questions = useQuestions();
  const notesById = useStore((s) => s.session?.notes ?? noNotes);
  const thoughtsById = useStore((s) => s.session?.thoughts ?? noThoughts);
  const notes = Object.values(notesById)
    .filter((n) => !n.deleted)
    .sort((a, b) => a.order - b.order);
  const thoughts = Object.values(thoughtsById)
    .filter((th) => th.status === 'approved' || th.status === 'pending')
    .sort((a, b) => a.submittedAt - b.submittedAt);
  return (
    <section className="card capture-panel" aria-labelledby="board-title" data-testid="notes-board">
      <h2 id="board-title">{t('capture.board.title')}</h2>
      <SettingToggle setting="showNotesOnScreen" label={t('capture.board.showOnScreen')} />
      {questions.map((q) => {
        const label = questionLabel(t, questions, q.id);
        const qNotes = notes.filter((n) => n.questionId === q.id);
        const qThoughts = thoughts.filter((th) => th.questionId === q.id);
        return (
          <QuestionThemes
            key={q.id}
            question={q}
            label={label}
            idPrefix="board"
            renderItems={(themeId) => {
              const n = qNotes.filter((x) => x.themeId === themeId);
              const th = qThoughts.filter((x) => x.themeId === themeId);
              return n.length + th.length > 0 ? <BoardItems notes={n} thoughts={th} /> : null;
            }}
            empty={qNotes.length + qThoughts.length === 0 ? t('capture.board.empty') : null}
          />
        );
      })}
    </section>
  );
};
