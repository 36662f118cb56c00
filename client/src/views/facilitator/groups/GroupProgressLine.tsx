import type { GroupProgress, GroupStep } from '@aquarium/shared';
import { stepKey } from '../../../components/stepLabel';
import { useT } from '../../../state/useT';
import './progress.css';

interface Props {
  progress: GroupProgress;
  /** The group's own step on the question, and whether it is ahead of the lead's. */
  step?: { step: GroupStep; ahead: boolean } | null;
  /** Members with a live connection (the console only). */
  online?: number | null;
  /** Minutes without progress, when the group is flagged as idle (the console only). */
  idleMinutes?: number | null;
  /** What is left of the question's time box for this group, in ms (the console only). */
  timeLeftMs?: number | null;
  /** The projector names the member count and shows only what has happened; the console says what has not. */
  variant?: 'console' | 'screen';
  className?: string;
}

/** How far a group is with a question, in words and counts, never texts (a status is never told by colour alone). */
export const GroupProgressLine = ({
  progress,
  step = null,
  online = null,
  idleMinutes = null,
  timeLeftMs = null,
  variant = 'console',
  className = '',
}: Props) => {
  const t = useT();
  const screen = variant === 'screen';
  const stepName = step ? t(stepKey[step.step]) : '';
  return (
    <ul className={`group-progress group-progress--${variant} ${className}`} data-testid="group-progress">
      {step ? (
        <li className="group-progress__step" data-testid="progress-step" data-step={step.step}>
          {step.ahead && !screen ? t('lead.stepAhead', { step: stepName }) : t('lead.step', { step: stepName })}
        </li>
      ) : null}
      {idleMinutes !== null ? (
        <li className="group-progress__badge group-progress__badge--idle" data-testid="group-idle">
          <span aria-hidden="true">! </span>
          {t('lead.idle', { min: idleMinutes })}
        </li>
      ) : null}
      {screen ? (
        <li data-testid="progress-members">
          {progress.members === 1 ? t('screen.groupMembersOne') : t('screen.groupMembers', { n: progress.members })}
        </li>
      ) : null}
      {online !== null ? (
        <li data-testid="progress-online">{t('lead.online', { n: online, total: progress.members })}</li>
      ) : null}
      <li data-testid="progress-written">
        {screen ? t('screen.written', { n: progress.written }) : t('lead.written', { n: progress.written })}
      </li>
      <li data-testid="progress-presented">
        {t('lead.presented', { done: progress.presented, total: progress.members })}
      </li>
      <li data-testid="progress-points">{t('lead.points', { n: progress.points })}</li>
      {progress.voting ? (
        <li className="group-progress__badge group-progress__badge--voting" data-testid="progress-voting">
          {t('lead.voting')}
        </li>
      ) : null}
      {!screen && (progress.voting || progress.votesCast > 0) ? (
        <li data-testid="progress-votes">{t('lead.votesCast', { n: progress.votesCast, total: progress.members })}</li>
      ) : null}
      {timeLeftMs !== null ? (
        <li data-testid="progress-time-left">
          {timeLeftMs > 0 ? t('lead.timeLeft', { min: Math.ceil(timeLeftMs / 60_000) }) : t('lead.timeUp')}
        </li>
      ) : null}
      {progress.extraMinutes > 0 ? (
        <li data-testid="progress-extra">
          {screen
            ? t('screen.extraTime', { n: progress.extraMinutes })
            : t('lead.extraTime', { n: progress.extraMinutes })}
        </li>
      ) : null}
      {progress.returned ? (
        <li className="group-progress__badge group-progress__badge--returned" data-testid="progress-returned">
          <span aria-hidden="true">✓ </span>
          {t('lead.returned')}
        </li>
      ) : screen ? null : progress.recordStarted ? (
        <li data-testid="progress-record-started">{t('lead.recordStarted')}</li>
      ) : (
        <li className="group-progress__pending">{t('lead.notReturned')}</li>
      )}
    </ul>
  );
};
