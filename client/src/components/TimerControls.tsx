import { useT } from '../state/useT';
import { sendCommand } from '../net/socket';
import { useStore } from '../state/store';

/** Pause / resume and lengthen the phase timer: for the facilitator and the scribe alike. */
export const TimerControls = ({ allowShorten = false }: { allowShorten?: boolean }) => {
  const t = useT();
  const hasTimer = useStore((s) => s.session?.status === 'running' && s.session.timer !== null);
  const running = useStore((s) => s.session?.timer?.runningSince != null);
  if (!hasTimer) return null;
  return (
    <div className="button-row timer-controls">
      {running ? (
        <button type="button" className="button" onClick={() => void sendCommand('timer:pause', {})}>
          <span aria-hidden="true">❚❚ </span>
          {t('fac.pause')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void sendCommand('timer:start', {})}>
          <span aria-hidden="true">▶ </span>
          {t('fac.resume')}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void sendCommand('timer:extend', { minutes: 1 })}
      >
        {t('fac.plus1')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void sendCommand('timer:extend', { minutes: 5 })}
      >
        {t('fac.plus5')}
      </button>
      {allowShorten ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void sendCommand('timer:extend', { minutes: -1 })}
        >
          {t('fac.minus1')}
        </button>
      ) : null}
    </div>
  );
};
