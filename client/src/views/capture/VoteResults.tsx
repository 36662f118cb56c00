import { useT } from '../../state/useT';
import type { VoteRow } from './voteModel';

interface Props {
  rows: VoteRow[];
  className?: string;
  testId?: string;
}

/** Totals of a vote, most dots first, with the count in words (the bar only repeats it). */
export const VoteResults = ({ rows, className = '', testId = 'vote-result' }: Props) => {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ol className={`vote-results ${className}`}>
      {rows.map((row) => (
        <li key={row.id} className="vote-results__row" data-testid={testId}>
          <span className="vote-results__name">{row.name}</span>
          <span className="vote-results__count">{t('capture.vote.points', { n: row.count })}</span>
          <progress className="vote-results__bar" max={max} value={row.count} aria-hidden="true" />
        </li>
      ))}
    </ol>
  );
};
