import type { Note } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import '../../capture/styles';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { FitList } from '../modes/FitList';
import { ScreenThoughtCard, useScreenThoughts } from '../modes/ThoughtsScreen';

const noNotes: Record<string, Note> = {};
const MAX_NOTES = 4;

/**
 * The phase view's capture column: approved thoughts (pinned first, then the newest, as many as fit, saying how
 * many more there are), and notes when shown. A vote's results have a projector mode of their own, so they leave
 * the wall when the facilitator (or the next phase) takes them down.
 */
export const ScreenCapture = () => {
  const t = useT();
  const questions = useQuestions();
  const thoughts = useScreenThoughts();
  const showNotes = useStore((s) => s.session?.settings.showNotesOnScreen ?? false);
  const notesById = useStore((s) => s.session?.notes ?? noNotes);
  const notes = showNotes
    ? Object.values(notesById)
        .filter((n) => !n.deleted)
        .sort((a, b) => a.updatedAt - b.updatedAt)
        .slice(-MAX_NOTES)
    : [];
  if (thoughts.length === 0 && notes.length === 0) return null;

  return (
    <div className="screen-capture" aria-live="polite">
      {notes.length > 0 ? (
        <section className="screen-block" aria-labelledby="screen-notes-title">
          <h2 id="screen-notes-title">{t('capture.screen.notes')}</h2>
          <ul className="screen-notes">
            {notes.map((n) => (
              <li key={n.id} data-testid="screen-note">
                <span className="screen-notes__q">{questionLabel(t, questions, n.questionId)}</span> {n.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {thoughts.length > 0 ? (
        <section className="screen-block screen-block--fill" aria-labelledby="screen-thoughts-title">
          <h2 id="screen-thoughts-title">{t('capture.screen.thoughts')}</h2>
          <FitList
            className="screen-capture__thoughts"
            items={thoughts}
            itemKey={(th) => th.id}
            overflow="first"
            more={(n) => t('screen.morePhase', { n })}
            render={(th, measuring) => <ScreenThoughtCard thought={th} measuring={measuring} />}
          />
        </section>
      ) : null}
    </div>
  );
};
