import { emptyGroups, type Question } from '@aquarium/shared';
import { useMemo } from 'react';
import { useT } from '../../state/useT';
import { useStore } from '../../state/store';
import { groupsInOrder, questionWork } from '../facilitator/groups/groupsModel';
import { PointRows } from '../facilitator/groups/PointRows';
import { withReturns, type GroupReturn } from './groupReturns';
import './summary-groups.css';

/** Each group's returned record and chosen points on one question, for the lead to compile. */
export const useGroupReturns = (question: Question, number: number): GroupReturn[] => {
  const groups = useStore((s) => s.session?.groups ?? emptyGroups);
  return useMemo(
    () =>
      groupsInOrder(groups).map((g) => ({
        smallGroupId: g.id,
        group: g.name,
        work: questionWork(groups, g, question, number),
      })),
    [groups, question, number],
  );
};

export const GroupReturns = ({ rows, headingId }: { rows: GroupReturn[]; headingId: string }) => {
  const t = useT();
  const returned = withReturns(rows);
  return (
    <section className="summary-returns" aria-labelledby={headingId} data-testid="summary-group-returns">
      <h4 id={headingId}>{t('summary.groupReturns')}</h4>
      {returned.length === 0 ? (
        <p>{t('summary.noGroupReturns')}</p>
      ) : (
        <ul className="summary-returns__list">
          {returned.map(({ smallGroupId, group, work }) => (
            <li key={smallGroupId} className="summary-return" data-testid="summary-group-return">
              <h5 className="summary-return__group">{group}</h5>
              {work.points.length > 0 ? (
                <>
                  <p className="summary-return__label">{t('summary.groupPoints')}</p>
                  <PointRows rows={work.points} />
                </>
              ) : null}
              <p className="summary-return__label">{t('summary.groupRecord')}</p>
              {work.returned ? (
                <p className="summary-return__text" data-testid="summary-group-record">
                  {work.returned}
                </p>
              ) : (
                <p className="hint">{t('summary.groupNoReturn')}</p>
              )}
              {work.draft !== null ? (
                <>
                  <p className="summary-return__label">{t('summary.groupDraft')}</p>
                  <p className="summary-return__text summary-return__text--draft" data-testid="summary-group-draft">
                    {work.draft}
                  </p>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
