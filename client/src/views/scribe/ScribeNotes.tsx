import { useT } from '../../state/useT';
import '../capture/styles';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { SaveState } from './SaveState';

/** The scribe's live notes: write, see what is saved, and arrange the notes under themes. */
export const ScribeNotes = () => {
  const t = useT();
  return (
    <section className="card capture-notes" aria-labelledby="scribe-notes">
      <div className="capture-head">
        <h2 id="scribe-notes">{t('capture.notes.title')}</h2>
        <SaveState />
      </div>
      <NoteForm />
      <NoteList />
    </section>
  );
};
