import { useId, useState } from 'react';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { useAutosave } from './useAutosave';

// Durable: typed text survives a lost connection and a reload, as the scribe's notes do.
const saveText = (key: string) => async (text: string) =>
  (await sendCommand('summary:setText', { key, text }, { durable: true })).ok;

interface Props {
  /** The draft's text key: `question:<id>`, `theme:<id>`, `goodPractices` or `closingView`. */
  textKey: string;
  label: string;
  rows?: number;
  hint?: string;
}

/** A consolidated text of the summary, saved as the facilitator types. */
export const AutosaveTextarea = ({ textKey, label, rows = 4, hint }: Props) => {
  const id = useId();
  const server = useStore((s) => s.session?.summary.texts[textKey] ?? '');
  const [text, setText] = useState(server);
  const [seen, setSeen] = useState(server);
  const [save] = useState(() => saveText(textKey));
  const { state, change } = useAutosave(`text:${textKey}`, save);

  // Another facilitator's edit shows here unless this one has unsaved typing of its own.
  if (server !== seen) {
    setSeen(server);
    if (state === 'saved') setText(server);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        maxLength={20_000}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={`summary-text-${textKey}`}
        onChange={(e) => {
          setText(e.target.value);
          change(e.target.value);
        }}
      />
    </div>
  );
};
