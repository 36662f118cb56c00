import { formatCountdown, remainingMs } from '@aquarium/shared';
import { useT } from '../state/useT';
import { useStore } from '../state/store';
import { useNow } from './useNow';

/**
 * The phase countdown on the server's clock; past the time it says so in words and counts up ("Time exceeded 0:06"),
 * never a negative "time left". A timer role with live announcements off: a screen
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
  const over = left < 0;
  return (
    <div className={`countdown ${className} ${over ? 'countdown--over' : ''}`}>
      <span className="countdown__label">
        {over ? <span aria-hidden="true">⚠ </span> : null}
        {over ? t('phase.overtime') : t('phase.timeLeft')}
      </span>
      <span className="countdown__time" role="timer" aria-live="off" aria-atomic="true" data-testid="countdown">
        {formatCountdown(Math.abs(left))}
      </span>
      {paused ? (
        <span className="countdown__state">
          <span aria-hidden="true">❚❚ </span>
          {t('phase.paused')}
        </span>
      ) : null}
    </div>
  );
};
