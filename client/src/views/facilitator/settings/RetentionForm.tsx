import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, parseRetentionDays } from './validate';

/** "Delete this session's data N days after it ends." */
export const RetentionForm = () => {
  const t = useT();
  const id = useId();
  const current = useStore((s) => s.session?.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const [value, setValue] = useState(() => String(current));
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const days = parseRetentionDays(value);
    setInvalid(days === null);
    if (days === null) {
      input.current?.focus();
      return;
    }
    void sendCommand('session:setRetention', { days });
  };

  return (
    <form className="settings__section" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('info.settings.retentionTitle')}</h3>
      <label htmlFor={`${id}-days`}>{t('info.settings.retentionLabel')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('info.settings.retentionHint')}
      </p>
      <div className="settings__row">
        <input
          ref={input}
          id={`${id}-days`}
          className="settings__days"
          type="number"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          step={1}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        <button type="submit" className="button button--secondary">
          {t('info.settings.retentionSave')}
        </button>
      </div>
      {invalid ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('info.settings.retentionInvalid')}
        </p>
      ) : null}
      <p className="status-text" role="status" data-testid="retention-current">
        {t('info.settings.retentionCurrent', { days: current })}
      </p>
    </form>
  );
};
