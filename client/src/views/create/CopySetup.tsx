import type { SessionSetup } from '@aquarium/shared';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../state/useT';
import { copySetup } from '../../net/api';
import { listStaffSessions } from '../home/staffSessions';

/**
 * Starts from another session's set-up: the facilitator picks one of the sessions this browser holds a
 * facilitator link to, and its questions, groups, plan, phases and options replace the form's (the title,
 * date and place stay as typed, since the new session is another region's).
 */
export const CopySetup = ({ onCopy }: { onCopy: (setup: SessionSetup) => void }) => {
  const t = useT();
  const id = useId();
  const sessions = useMemo(() => listStaffSessions().filter((s) => s.role === 'facilitator'), []);
  const [chosen, setChosen] = useState(sessions[0]?.sessionId ?? '');
  const [status, setStatus] = useState<'idle' | 'busy' | 'copied' | 'failed'>('idle');
  if (sessions.length === 0) return null;
  const copy = async () => {
    const entry = sessions.find((s) => s.sessionId === chosen);
    if (!entry) return;
    setStatus('busy');
    try {
      onCopy((await copySetup(entry.token)).setup);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <fieldset className="card copy-setup">
      <legend>{t('plan.copyLegend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('plan.copyHint')}
      </p>
      <div className="copy-setup__row">
        <div className="field field--grow">
          <label htmlFor={`${id}-session`}>{t('plan.copyFrom')}</label>
          <select
            id={`${id}-session`}
            value={chosen}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setChosen(e.target.value)}
          >
            {sessions.map((s) => (
              <option key={s.sessionId} value={s.sessionId}>
                {s.title || s.sessionId}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" disabled={status === 'busy'} onClick={copy}>
          {t('plan.copyButton')}
        </button>
      </div>
      <p role="status" className="hint">
        {status === 'copied' ? t('plan.copied') : status === 'failed' ? t('plan.copyFailed') : ''}
      </p>
    </fieldset>
  );
};
