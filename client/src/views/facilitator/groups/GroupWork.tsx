import { useT } from '../../../i18n/useT';
import { PointRows } from './PointRows';
import type { QuestionWork } from './groupsModel';

/** Per question: the group's points in its chair's order (with dots once a vote closed) and its return. */
export const GroupWork = ({ work, currentId }: { work: QuestionWork[]; currentId: string | null }) => {
  const t = useT();
  return (
    <div className="group-work">
      <h4 className="group-card__sub">{t('lead.work')}</h4>
      {work.map((w) => (
        <details
          key={w.question.id}
          className="group-work__question"
          open={w.question.id === currentId || undefined}
          data-testid="group-work"
        >
          <summary>
            <span className="group-work__title">{t('lead.questionStatus', { n: w.number })}</span>
            {' · '}
            {w.progress.returned ? (
              <span className="group-work__returned">
                <span aria-hidden="true">✓ </span>
                {t('lead.returned')}
              </span>
            ) : (
              t('lead.notReturned')
            )}
            {' · '}
            {t('lead.points', { n: w.points.length })}
          </summary>
          <p className="group-work__question-text">{w.question.text}</p>
          {w.points.length > 0 ? (
            <>
              <h5>{t('lead.pointsHeading')}</h5>
              <PointRows rows={w.points} testId="group-point" />
            </>
          ) : null}
          {w.returned !== null ? (
            <>
              <h5>{t('lead.returnedText')}</h5>
              <p className="group-work__text" data-testid="group-returned">
                {w.returned}
              </p>
            </>
          ) : null}
          {w.draft !== null ? (
            <>
              <h5>{t('lead.draft')}</h5>
              <p className="group-work__text group-work__text--draft" data-testid="group-draft">
                {w.draft}
              </p>
            </>
          ) : null}
          {w.points.length === 0 && w.returned === null && w.draft === null ? <p>{t('lead.nothingYet')}</p> : null}
        </details>
      ))}
    </div>
  );
};
