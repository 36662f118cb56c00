import { emptySummaryDraft, type SummaryBackground } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { SaveStateLine } from './SaveStateLine';
import { useAutosave } from './useAutosave';
import './summary.css';

const fields = ['goals', 'developmentThemes', 'activities'] as const;
const saveBackground = async (background: SummaryBackground) =>
  (await sendCommand('summary:setBackground', { background }, { durable: true })).ok;

/** The background for the summary's section 3, entered before the session or at any time. */
export const BackgroundPanel = () => {
  const t = useT();
  const id = useId();
  const server = useStore((s) => s.session?.summary.background ?? emptySummaryDraft.background);
  const [draft, setDraft] = useState(server);
  const [seen, setSeen] = useState(server);
  const { state, change } = useAutosave('background', saveBackground);

  if (server !== seen) {
    setSeen(server);
    if (state === 'saved') setDraft(server);
  }

  return (
    <section className="card background-panel" aria-labelledby={`${id}-title`} data-testid="background-panel">
      <h2 id={`${id}-title`}>{t('summary.background')}</h2>
      <p className="hint">{t('summary.backgroundHint')}</p>
      {fields.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`${id}-${f}`}>{t(`summary.${f}`)}</label>
          <textarea
            id={`${id}-${f}`}
            rows={3}
            maxLength={20_000}
            value={draft[f]}
            onChange={(e) => {
              const next = { ...draft, [f]: e.target.value };
              setDraft(next);
              change(next);
            }}
          />
        </div>
      ))}
      <SaveStateLine state={state} testId="background-save-state" />
    </section>
  );
};
