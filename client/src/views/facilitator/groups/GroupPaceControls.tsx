import { nextStep, type GroupStep } from '@aquarium/shared';
import { stepKey } from '../../../components/stepLabel';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';

interface Props {
  smallGroupId: string;
  groupName: string;
  questionId: string;
  step: GroupStep;
  extraMinutes: number;
  returned: boolean;
}

/** The lead's hand on one group: move it on alone (the header's "next" moves every group), or give it more time. */
export const GroupPaceControls = ({ smallGroupId, groupName, questionId, step, extraMinutes, returned }: Props) => {
  const t = useT();
  const next = nextStep(step);
  if (returned) return null;
  return (
    <div className="group-card__pace">
      {next ? (
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="group-move-on"
          onClick={() => void sendCommand('group:setStep', { smallGroupId, questionId, step: next })}
        >
          {t('lead.moveOn', { step: t(stepKey[next]) })}
          <span className="visually-hidden">: {groupName}</span>
        </button>
      ) : null}
      <button
        type="button"
        className="button button--small button--secondary"
        data-testid="group-give-time"
        onClick={() =>
          void sendCommand('group:giveTime', { smallGroupId, questionId, extraMinutes: Math.min(60, extraMinutes + 5) })
        }
      >
        {t('lead.giveTime')}
        <span className="visually-hidden">: {groupName}</span>
      </button>
    </div>
  );
};
