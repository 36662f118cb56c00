import type { SessionState, Vote } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { latestVote, voteRows, voteTargets, type VoteRow } from '../../capture/voteModel';
import { FitList } from './FitList';

/** The vote the facilitator put on the projector, or the newest. */
const useShownVote = (): Vote | null =>
  useStore((s) => {
    if (!s.session) return null;
    const id = s.session.projector.voteId;
    return (id ? s.session.votes[id] : null) ?? latestVote(s.session);
  });

const VoteHeading = ({ vote, title }: { vote: Vote; title: string }) => {
  const t = useT();
  const questions = useQuestions();
  return (
    <div className="screen-mode__head">
      <h1 className="screen-mode__title">{title}</h1>
      <p className="screen-mode__sub">
        {questionLabel(t, questions, vote.questionId)} ·{' '}
        {vote.targetKind === 'theme' ? t('capture.vote.themes') : t('capture.vote.thoughts')}
      </p>
    </div>
  );
};

/** An open vote: "vote now on your phone", how many have voted, and what there is to vote on. */
export const VoteScreen = () => {
  const t = useT();
  const vote = useShownVote();
  const session = useStore((s) => s.session);
  if (!vote || !session) return <ResultsScreen />;
  if (vote.revealed) return <ResultsScreen />;
  const options = voteTargets(session, vote);
  return (
    <div className="screen screen--mode" data-testid="screen-vote-now">
      <VoteHeading vote={vote} title={vote.status === 'open' ? t('screen.voteNow') : t('capture.vote.state.closed')} />
      <p className="screen-mode__count" data-testid="screen-voters" aria-live="polite">
        {t('screen.voters', { n: vote.voters ?? Object.keys(vote.allocations).length })}
      </p>
      <FitList
        className="screen-mode__list"
        items={options}
        itemKey={(o) => o.id}
        overflow="pages"
        render={(o) => <span className="screen-option">{o.name}</span>}
      />
    </div>
  );
};

const ResultRow = ({ row, max, measuring }: { row: VoteRow; max: number; measuring: boolean }) => {
  const t = useT();
  return (
    <div className="vote-results__row" data-testid={measuring ? undefined : 'screen-vote-row'}>
      <span className="vote-results__name">{row.name}</span>
      <span className="vote-results__count">{t('capture.vote.points', { n: row.count })}</span>
      <progress className="vote-results__bar" max={max} value={row.count} aria-hidden="true" />
    </div>
  );
};

const revealedRows = (s: SessionState, vote: Vote) => (vote.revealed ? voteRows(s, vote, vote.revealed) : []);

/** A revealed vote's results, most dots first, paged when they do not fit. */
export const ResultsScreen = () => {
  const t = useT();
  const vote = useStore((s) => {
    if (!s.session) return null;
    const id = s.session.projector.voteId;
    const chosen = id ? s.session.votes[id] : null;
    return chosen?.revealed
      ? chosen
      : (Object.values(s.session.votes)
          .filter((v) => v.revealed)
          .at(-1) ?? null);
  });
  const session = useStore((s) => s.session);
  if (!vote || !session) {
    return (
      <div className="screen screen--center">
        <h1 className="screen__lead">{t('projector.noVote')}</h1>
      </div>
    );
  }
  const rows = revealedRows(session, vote);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div className="screen screen--mode screen-vote" data-testid="screen-vote">
      <VoteHeading vote={vote} title={t('capture.vote.results')} />
      <FitList
        className="screen-mode__list vote-results vote-results--screen"
        items={rows}
        itemKey={(r) => r.id}
        overflow="pages"
        render={(row, measuring) => <ResultRow row={row} max={max} measuring={measuring} />}
      />
    </div>
  );
};
