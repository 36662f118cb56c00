import { useId, useState } from 'react';
import { useT } from '../../state/useT';

interface Props {
  label: string;
  help: string;
  value: string;
  testId: string;
}

/** A read-only link with a copy button that says, in words, whether copying worked. */
export const CopyField = ({ label, help, value, testId }: Props) => {
  const t = useT();
  const id = useId();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };

  return (
    <div className="copy-field">
      <h2 className="copy-field__label" id={`${id}-label`}>
        {label}
      </h2>
      <p className="hint" id={`${id}-help`}>
        {help}
      </p>
      <div className="copy-field__row">
        <a className="copy-field__link" href={value} data-testid={testId} aria-describedby={`${id}-help`}>
          {value}
        </a>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('created.copyLabel', { what: label })}
          onClick={copy}
        >
          {t('created.copy')}
        </button>
      </div>
      <p className="copy-field__result" role="status">
        {result === 'copied' ? t('created.copied') : result === 'failed' ? t('created.copyFailed') : ''}
      </p>
    </div>
  );
};
