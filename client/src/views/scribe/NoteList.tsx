import { useT } from '../../i18n/useT';
import { questionLabel, useQuestions } from '../capture/captureSelectors';
import { NewThemeForm } from '../capture/NewThemeForm';
import { ThemeGroups } from '../capture/ThemeGroups';
import { moveTargets, useNoteViews, type NoteView } from './notesModel';
import { NoteItem } from './NoteItem';

/** Every note, by question and then by theme, in order; themes are made and edited here too. */
export const NoteList = () => {
  const t = useT();
  const questions = useQuestions();
  const notes = useNoteViews();
  return (
    <div className="note-list">
      {questions.map((q) => {
        const label = questionLabel(t, questions, q.id);
        const ofQuestion = notes.filter((n) => n.questionId === q.id);
        return (
          <section key={q.id} className="capture-question" aria-labelledby={`notes-${q.id}`}>
            <h3 id={`notes-${q.id}`} className="capture-question__title">
              {label}
              <span className="capture-question__text">{q.text}</span>
            </h3>
            <ThemeGroups
              questionId={q.id}
              editable
              renderItems={(themeId) => {
                const group = ofQuestion.filter((n) => n.themeId === themeId);
                return group.length > 0 ? <Group questionNotes={ofQuestion} group={group} /> : null;
              }}
            />
            {ofQuestion.length === 0 ? <p className="hint">{t('capture.notes.none')}</p> : null}
            <NewThemeForm questionId={q.id} questionLabel={label} />
          </section>
        );
      })}
    </div>
  );
};

const Group = ({ questionNotes, group }: { questionNotes: NoteView[]; group: NoteView[] }) => (
  <ul className="note-group">
    {group.map((note, i) => (
      <NoteItem key={note.id} note={note} moves={moveTargets(questionNotes, group, i)} />
    ))}
  </ul>
);
