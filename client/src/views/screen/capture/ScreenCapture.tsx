import type { Note, PublicThought, Theme } from '@aquarium/shared';
import { useT } from '../../../i18n/useT';
import { useStore } from '../../../state/store';
import '../../capture/styles';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { latestVote, voteRows } from '../../capture/voteModel';
import { VoteResults } from '../../capture/VoteResults';
import { ScreenQuestionThoughts } from './ScreenThoughts';

const noThoughts: Record<string, PublicThought> = {};
const noThemes: Record<string, Theme> = {};
const noNotes: Record<string, Note> = {};
/** What fits a screen that nobody scrolls: every pinned thought, and the newest of the others. */
const MAX_UNPINNED = 6;
const MAX_NOTES = 4;

const newestFirst = (all: PublicThought[]) => {
  const unpinned = all.filter((th) => !th.pinned);
  const shown = new Set(unpinned.slice(-MAX_UNPINNED).map((th) => th.id));
  return { shown: all.filter((th) => th.pinned || shown.has(th.id)), hidden: unpinned.length - shown.size };
};

/** The projector's capture area: a revealed vote's results, approved thoughts, and notes when shown. */
export const ScreenCapture = () => {
  const t = useT();
  const session = useStore((s) => s.session);
  const questions = useQuestions();
  const all = Object.values(session?.publicThoughts ?? noThoughts).sort((a, b) => a.submittedAt - b.submittedAt);
  const { shown: thoughts, hidden } = newestFirst(all);
  const themes = Object.values(session?.themes ?? noThemes).sort((a, b) => a.createdAt - b.createdAt);
  const showNotes = session?.settings.showNotesOnScreen ?? false;
  const notes = showNotes
    ? Object.values(session?.notes ?? noNotes)
        .filter((n) => !n.deleted)
        .sort((a, b) => a.updatedAt - b.updatedAt)
        .slice(-MAX_NOTES)
    : [];
  const vote = session ? latestVote(session) : null;
  const revealed = session && vote?.revealed ? voteRows(session, vote, vote.revealed) : null;
  if (!session || (!revealed && thoughts.length === 0 && notes.length === 0)) return null;

  return (
    <div className="screen-capture" aria-live="polite">
      {revealed && vote ? (
        <section className="screen-vote" aria-labelledby="screen-vote-title" data-testid="screen-vote">
          <h2 id="screen-vote-title">
            {t('capture.vote.results')} · {questionLabel(t, questions, vote.questionId)}
          </h2>
          <VoteResults rows={revealed} className="vote-results--screen" testId="screen-vote-row" />
        </section>
      ) : null}
      {thoughts.length > 0 ? (
        <section className="screen-block" aria-labelledby="screen-thoughts-title">
          <h2 id="screen-thoughts-title">{t('capture.screen.thoughts')}</h2>
          {questions.map((q) => {
            const items = thoughts.filter((th) => th.questionId === q.id);
            if (items.length === 0) return null;
            const qThemes = themes.filter((th) => th.questionId === q.id);
            return (
              <ScreenQuestionThoughts key={q.id} question={q} questions={questions} thoughts={items} themes={qThemes} />
            );
          })}
          {hidden > 0 ? <p className="screen-more">{t('capture.screen.more', { n: hidden })}</p> : null}
        </section>
      ) : null}
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
    </div>
  );
};
