import { formatCountdown, groupTimeLeftMs, nextStep, type GroupStep } from '@aquarium/shared';
import { useNow } from '../../../components/useNow';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { sendGroup } from './groupState';

interface Props {
  questionId: string;
  step: GroupStep;
  isChair: boolean;
}

/**
 * My group's time: what is left of the lead's time box for the whole question (a group that moves on early
 * keeps the later steps' time), with any time the lead gave it. Shown as the phone's countdown.
 */
export const GroupCountdown = ({ smallGroupId, questionId }: { smallGroupId: string; questionId: string }) => {
  const t = useT();
  const extra = useStore((s) => s.session?.groups.byQuestion[`${smallGroupId}:${questionId}`]?.extraMinutes ?? 0);
  const running = useStore((s) => s.session?.timer?.runningSince != null);
  const offset = useStore((s) => s.clockOffset);
  const now = useNow(250, running) + offset;
  const left = useStore((s) => (s.session ? groupTimeLeftMs(s.session, smallGroupId, now) : null));
  if (left === null) return null;
  return (
    <>
      <div className="countdown countdown--phone">
        <span className="countdown__label">{t('groups.timeLeft')}</span>
        <span className="countdown__time" role="timer" aria-live="off" aria-atomic="true" data-testid="group-time-left">
          {formatCountdown(left)}
        </span>
        {!running || left < 0 ? (
          <span className="countdown__state">
            <span aria-hidden="true">{running ? '⚠ ' : '❚❚ '}</span>
            {running ? t('phase.overtime') : t('phase.paused')}
          </span>
        ) : null}
      </div>
      {extra > 0 ? (
        <p className="group-pace__extra" data-testid="group-extra-time">
          {t('groups.extraTime', { n: extra })}
        </p>
      ) : null}
    </>
  );
};

/** The chair's "move on": the group goes to its next step at its own pace (named as the plan names it). */
export const NextStepButton = ({ questionId, step, isChair }: Props) => {
  const t = useT();
  const next = nextStep(step);
  const name = useStore(
    (s) => s.session?.setup.phases.find((p) => p.step === next && p.questionIds[0] === questionId)?.name ?? '',
  );
  return isChair && next ? (
    <div className="group-pace--next">
      <button
        type="button"
        className="button button--wide"
        data-testid="group-next-step"
        onClick={() => void sendGroup('group:setStep', { questionId, step: next })}
      >
        {t('groups.step.next')}
        {name ? <span className="group-pace__name">{name}</span> : null}
      </button>
    </div>
  ) : null;
};
