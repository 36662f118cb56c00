import { useT } from '../../state/useT';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  /** Why the text cannot be sent yet, announced as it appears; null when there is nothing to say. */
  message: string | null;
  invalid: boolean;
  testId: string;
}

/** A labelled text area with a character counter and its error, for what a participant writes. */
export const CountedTextarea = ({ id, label, value, onChange, max, message, invalid, testId }: Props) => {
  const t = useT();
  const length = value.trim().length;
  return (
    <div className="field">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-count${message ? ` ${id}-msg` : ''}`}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      <p id={`${id}-count`} className={`char-count ${length > max ? 'is-over' : ''}`}>
        {t('capture.phone.counter', { n: length, max })}
      </p>
      {message ? (
        <p id={`${id}-msg`} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
};
