import { useT } from '../../../state/useT';
import type { PointRow } from './groupsModel';
import './pointRows.css';

/** A group's chosen points in order, each with its dots once the group's vote closed. */
export const PointRows = ({ rows, testId }: { rows: PointRow[]; testId?: string }) => {
  const t = useT();
  return (
    <ol className="group-points">
      {rows.map(({ point, votes }) => (
        <li key={point.id} data-testid={testId}>
          {point.text}
          {votes !== null ? (
            <span className="group-points__votes">
              {' · '}
              {votes === 1 ? t('lead.votesOne') : t('lead.votes', { n: votes })}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
};
