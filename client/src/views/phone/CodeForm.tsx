import { isJoinCode, normalizeJoinCode } from '@aquarium/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../state/useT';

interface Props {
  onCode: (code: string) => void;
  initial?: string;
}

/** A join code field that accepts any spacing, dashes and case, and checks the form before asking. */
export const CodeForm = ({ onCode, initial = '' }: Props) => {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = normalizeJoinCode(value);
    if (!isJoinCode(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onCode(code);
  };

  return (
    <form className="code-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-code`}>{t('home.codeLabel')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('home.codeHint')}
      </p>
      <input
        id={`${id}-code`}
        className="code-form__input"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={20}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {invalid ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('home.codeInvalid')}
        </p>
      ) : null}
      <button type="submit" className="button button--primary button--wide">
        {t('home.join')}
      </button>
    </form>
  );
};
