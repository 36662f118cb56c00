import type { GroupProgress } from '@aquarium/shared';
import { useT } from '../../../i18n/useT';
import './progress.css';

interface Props {
  progress: GroupProgress;
  /** The projector names the member count and shows only what has happened; the console says what has not. */
  variant?: 'console' | 'screen';
  className?: string;
}

/** How far a group is with a question, in words (a status is never told by colour alone). */
export const GroupProgressLine = ({ progress, variant = 'console', className = '' }: Props) => {
  const t = useT();
  const screen = variant === 'screen';
  return (
    <ul className={`group-progress group-progress--${variant} ${className}`} data-testid="group-progress">
      {screen ? (
        <li data-testid="progress-members">
          {progress.members === 1 ? t('screen.groupMembersOne') : t('screen.groupMembers', { n: progress.members })}
        </li>
      ) : null}
      <li data-testid="progress-presented">
        {t('lead.presented', { done: progress.presented, total: progress.members })}
      </li>
      <li data-testid="progress-points">{t('lead.points', { n: progress.points })}</li>
      {progress.voting ? (
        <li className="group-progress__badge group-progress__badge--voting" data-testid="progress-voting">
          {t('lead.voting')}
        </li>
      ) : null}
      {progress.returned ? (
        <li className="group-progress__badge group-progress__badge--returned" data-testid="progress-returned">
          <span aria-hidden="true">✓ </span>
          {t('lead.returned')}
        </li>
      ) : screen ? null : (
        <li className="group-progress__pending">{t('lead.notReturned')}</li>
      )}
    </ul>
  );
};
