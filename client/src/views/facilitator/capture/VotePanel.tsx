import { voteTotals, type Vote } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { voteRows } from '../../capture/voteModel';
import { VoteResults } from '../../capture/VoteResults';
import { VoteNextButton } from './VoteNextButton';
import { VoteOpenForm } from './VoteOpenForm';

const noVotes: Record<string, Vote> = {};

/**
 * Dot votes: open one, follow the live totals, close it and reveal the results to everyone. The vote of the moment
 * comes first, then the form for a new one, then the votes whose results were shown.
 */
export const VotePanel = () => {
  const t = useT();
  const votes = useStore((s) => s.session?.votes ?? noVotes);
  const ended = useStore((s) => s.session?.status === 'ended');
  const list = Object.values(votes).sort((a, b) => b.openedAt - a.openedAt);
  // The vote of the moment (open, or closed with its results not yet shown) before the form for a new one.
  const current = list.filter((v) => !v.revealed);
  const past = list.filter((v) => v.revealed);
  return (
    <section className="card capture-panel" aria-labelledby="vote-title" data-testid="vote-panel">
      <h2 id="vote-title">{t('capture.vote.title')}</h2>
      {current.map((vote) => (
        <VoteLive key={vote.id} vote={vote} />
      ))}
      {ended ? null : <VoteOpenForm />}
      {past.map((vote) => (
        <VoteLive key={vote.id} vote={vote} />
      ))}
    </section>
  );
};

const VoteLive = ({ vote }: { vote: Vote }) => {
  const t = useT();
  const questions = useQuestions();
  const session = useStore((s) => s.session);
  const rows = session ? voteRows(session, vote, voteTotals(vote)) : [];
  const voters = Object.keys(vote.allocations).length;
  const state = vote.revealed ? 'revealed' : vote.status;
  const what = vote.targetKind === 'theme' ? t('capture.vote.themes') : t('capture.vote.thoughts');
  return (
    <section className="vote-live" aria-labelledby={`vote-${vote.id}`} data-testid="vote-live">
      <h3 id={`vote-${vote.id}`}>
        {questionLabel(t, questions, vote.questionId)} · {what}
      </h3>
      <p className="status-text" data-testid="vote-state">
        {t(`capture.vote.state.${state}`)} · {t('capture.vote.voters', { n: voters })} ·{' '}
        {t('capture.vote.dotsEach', { n: vote.dots })}
      </p>
      <VoteResults rows={rows} testId="vote-live-row" />
      <div className="button-row">
        <VoteNextButton vote={vote} />
      </div>
    </section>
  );
};
