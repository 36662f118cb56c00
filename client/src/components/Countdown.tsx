import { formatCountdown, remainingMs } from '@aquarium/shared';
import { useT } from '../i18n/useT';
import { useStore } from '../state/store';
import { useNow } from './useNow';

/**
 * The phase countdown on the server's clock. A timer role with live announcements off: a screen
 * reader reads it when asked, not every second.
 */
export const Countdown = ({ className = '' }: { className?: string }) => {
  const t = useT();
  const timer = useStore((s) => s.session?.timer ?? null);
  const offset = useStore((s) => s.clockOffset);
  const now = useNow(250, timer !== null && timer.runningSince !== null);
  if (!timer) return null;
  const left = remainingMs(timer, now + offset);
  const paused = timer.runningSince === null;
  return (
    <div className={`countdown ${className}`}>
      <span className="countdown__label">{t('phase.timeLeft')}</span>
      <span className="countdown__time" role="timer" aria-live="off" aria-atomic="true" data-testid="countdown">
        {formatCountdown(left)}
      </span>
      {paused || left < 0 ? (
        <span className="countdown__state">
          <span aria-hidden="true">{paused ? '❚❚ ' : '⚠ '}</span>
          {paused ? t('phase.paused') : t('phase.overtime')}
        </span>
      ) : null}
    </div>
  );
};
