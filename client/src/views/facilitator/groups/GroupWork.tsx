import type { ShownRecord } from '@aquarium/shared';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { PointRows } from './PointRows';
import type { QuestionWork } from './groupsModel';

interface Props {
  smallGroupId: string;
  work: QuestionWork[];
  currentId: string | null;
  /** The record the projector shows now, if any. */
  shown: ShownRecord | null;
  editable: boolean;
}

/**
 * Per question: the group's points in its chair's order (with dots once a vote closed) and its return, which
 * the lead may put on the projector (the projector gets no group text otherwise).
 */
export const GroupWork = ({ smallGroupId, work, currentId, shown, editable }: Props) => {
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
              {editable ? (
                <ShowButton
                  isShown={shown?.smallGroupId === smallGroupId && shown.questionId === w.question.id}
                  show={() => void sendCommand('groups:show', { smallGroupId, questionId: w.question.id })}
                  hide={() => void sendCommand('groups:show', { smallGroupId: null, questionId: null })}
                />
              ) : null}
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

const ShowButton = ({ isShown, show, hide }: { isShown: boolean; show: () => void; hide: () => void }) => {
  const t = useT();
  return (
    <p className="group-work__show">
      {isShown ? (
        <>
          <strong data-testid="group-shown">{t('lead.shownNow')}</strong>{' '}
          <button type="button" className="button button--small button--secondary" onClick={hide}>
            {t('lead.unshow')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="group-show"
          onClick={show}
        >
          {t('lead.show')}
        </button>
      )}
    </p>
  );
};
