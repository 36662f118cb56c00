import { formatCountdown, groupTimeLeftMs, nextStep, type GroupStep } from '@aquarium/shared';
import { useNow } from '../../../components/useNow';
import { useT } from '../../../i18n/useT';
import type { MessageKey } from '../../../i18n/t';
import { useStore } from '../../../state/store';
import { sendGroup } from './groupState';

const stepName: Record<GroupStep, MessageKey> = {
  write: 'groups.step.write',
  present: 'groups.step.present',
  choose: 'groups.step.choose',
  record: 'groups.step.record',
};

interface Props {
  groupId: string;
  questionId: string;
  step: GroupStep;
  isChair: boolean;
}

/** My group's own step (it may be ahead of the lead's) and more time the lead gave it. */
export const GroupStepLine = ({ groupId, questionId, step }: Omit<Props, 'isChair'>) => {
  const t = useT();
  const extra = useStore((s) => s.session?.groups.byQuestion[`${groupId}:${questionId}`]?.extraMinutes ?? 0);
  const running = useStore((s) => s.session?.timer?.runningSince != null);
  const offset = useStore((s) => s.clockOffset);
  const now = useNow(1000, running) + offset;
  // The whole question's time box: a group that moves on early keeps the time of the later steps.
  const left = useStore((s) => (s.session ? groupTimeLeftMs(s.session, groupId, now) : null));
  return (
    <div className="group-pace" data-testid="group-pace" data-step={step}>
      <p className="group-pace__step">{t('groups.step.now', { step: t(stepName[step]) })}</p>
      {left !== null ? (
        <p className="group-pace__time">
          {t('groups.timeLeft')}{' '}
          <span role="timer" aria-live="off" data-testid="group-time-left">
            {formatCountdown(left)}
          </span>
        </p>
      ) : null}
      {extra > 0 ? (
        <p className="group-pace__extra" data-testid="group-extra-time">
          {t('groups.extraTime', { n: extra })}
        </p>
      ) : null}
    </div>
  );
};

/** The chair's "move on": the group goes to its next step at its own pace. */
export const NextStepButton = ({ questionId, step, isChair }: Omit<Props, 'groupId'>) => {
  const t = useT();
  const next = nextStep(step);
  return isChair && next ? (
    <div className="group-pace group-pace--next">
      <button
        type="button"
        className="button button--wide"
        data-testid="group-next-step"
        onClick={() => void sendGroup('group:setStep', { questionId, step: next })}
      >
        {t('groups.step.next', { step: t(stepName[next]) })}
      </button>
      <p className="hint">{t('groups.step.nextHint')}</p>
    </div>
  ) : null;
};
