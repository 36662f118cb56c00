import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { SettingToggle } from '../../capture/SettingToggle';
import { useStore } from '../../../state/store';
import { CurrentTurn } from './CurrentTurn';
import { QueueAtPhaseChange } from './QueueAtPhaseChange';
import { RecordTurn } from './RecordTurn';
import { SoftLimit } from './SoftLimit';
import { TurnQueue } from './TurnQueue';
import './turns.css';

/** Turns to speak while the session runs: the running turn, the queue, and turns for people without a phone. */
export const TurnsPanel = () => {
  const t = useT();
  const running = useStore((s) => s.session?.status === 'running');
  const queued = useStore((s) => s.session?.turns.queue.length ?? 0);
  if (!running) return null;
  return (
    <section className="card turns-panel" aria-labelledby="turns-title" data-testid="turns-panel">
      <h2 id="turns-title">{t('turns.title')}</h2>
      <div className="turns-panel__grid">
        <div>
          <CurrentTurn />
          <button
            type="button"
            className="button button--primary"
            disabled={queued === 0}
            onClick={() => void sendCommand('turn:grant', {})}
          >
            {t('turns.grantNext')}
          </button>
          <TurnQueue />
        </div>
        <div>
          <SettingToggle setting="openChair" label={t('turns.openChair')} />
          <QueueAtPhaseChange />
          <RecordTurn />
          <SoftLimit />
        </div>
      </div>
    </section>
  );
};
