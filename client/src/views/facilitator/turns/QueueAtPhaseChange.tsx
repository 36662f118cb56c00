import { queueAtPhaseChange, type QueueAtPhaseChange as Choice } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';

/** Keep or clear waiting requests when the phase changes; the server applies it and the phones say which. */
export const QueueAtPhaseChange = () => {
  const t = useT();
  const id = useId();
  const value = useStore((s) => (s.session ? queueAtPhaseChange(s.session.settings) : 'clear'));
  const choose = (choice: Choice) => void sendCommand('settings:update', { queueAtPhaseChange: choice });
  return (
    <fieldset className="queue-at-phase">
      <legend>{t('turns.queueAtPhase')}</legend>
      {(['clear', 'keep'] as const).map((choice) => (
        <div key={choice} className="setting-toggle">
          <input
            id={`${id}-${choice}`}
            type="radio"
            name={`${id}-queue`}
            checked={value === choice}
            onChange={() => choose(choice)}
          />
          <label htmlFor={`${id}-${choice}`}>{t(choice === 'clear' ? 'turns.queueClear' : 'turns.queueKeep')}</label>
        </div>
      ))}
    </fieldset>
  );
};
