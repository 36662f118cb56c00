import { useId } from 'react';
import { formatLimit } from '../../../components/turns/talkTime';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';

const presets = [60, 120, 180, 300, 600];

/** The optional soft limit per turn: past it the console shows a calm sign, nothing more. */
export const SoftLimit = () => {
  const t = useT();
  const id = useId();
  const limit = useStore((s) => s.session?.turnSoftLimitSeconds ?? null);
  const options = limit !== null && !presets.includes(limit) ? [...presets, limit].sort((a, b) => a - b) : presets;
  return (
    <div className="field soft-limit">
      <label htmlFor={`${id}-limit`}>{t('turns.limit')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('turns.limitHint')}
      </p>
      <select
        id={`${id}-limit`}
        aria-describedby={`${id}-hint`}
        value={limit === null ? '' : String(limit)}
        onChange={(e) =>
          void sendCommand('turn:setLimit', { seconds: e.target.value === '' ? null : Number(e.target.value) })
        }
      >
        <option value="">{t('turns.limitNone')}</option>
        {options.map((s) => (
          <option key={s} value={String(s)}>
            {formatLimit(s)}
          </option>
        ))}
      </select>
    </div>
  );
};
