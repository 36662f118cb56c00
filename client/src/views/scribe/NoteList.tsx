import { useT } from '../../state/useT';
import { questionLabel, useQuestions } from '../capture/captureSelectors';
import { QuestionThemes } from '../capture/QuestionThemes';
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
          <QuestionThemes
            key={q.id}
            question={q}
            label={label}
            idPrefix="notes"
            renderItems={(themeId) => {
              const group = ofQuestion.filter((n) => n.themeId === themeId);
              return group.length > 0 ? <Group questionNotes={ofQuestion} group={group} /> : null;
            }}
            empty={ofQuestion.length === 0 ? t('capture.notes.none') : null}
          />
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
