import { useId, useState } from 'react';
import { useT } from '../../../state/useT';

interface Props {
  text: string;
  busy: boolean;
  onSave: (text: string) => Promise<boolean>;
}

/** The project-level closing text (rich text, as a session's closing view), saved with its button. */
export const ClosingText = ({ text, busy, onSave }: Props) => {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(text);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const dirty = value !== text;
  return (
    <section className="card report-closing" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('projectReport.closingText')}</h2>
      <p className="hint" id={`${id}-hint`}>
        {t('projectReport.closingHint')} {t('report.richHint')}
      </p>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t('projectReport.closingText')}
      </label>
      <textarea
        id={`${id}-text`}
        rows={6}
        maxLength={20_000}
        value={value}
        aria-describedby={`${id}-hint`}
        data-testid="report-closing-text"
        onChange={(e) => {
          setValue(e.target.value);
          setState('idle');
        }}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || !dirty || state === 'saving'}
          data-testid="report-closing-save"
          onClick={async () => {
            setState('saving');
            setState((await onSave(value)) ? 'saved' : 'failed');
          }}
        >
          {state === 'saving' ? t('project.saving') : t('projectReport.saveText')}
        </button>
        <p className="status-text" role="status" data-testid="report-closing-state">
          {state === 'saved' && !dirty
            ? t('project.saved')
            : state === 'failed'
              ? t('projectReport.saveFailed')
              : dirty
                ? t('projectReport.unsaved')
                : ''}
        </p>
      </div>
    </section>
  );
};
