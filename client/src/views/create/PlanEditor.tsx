import { DEFAULT_ANONYMITY_MINIMUM, type Goal, type SessionSetup } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../state/useT';
import { ActivitiesEditor } from './ActivitiesEditor';
import { parsePlanOutline } from './planOutline';
import { canAddGoal, indicatorsFrom, indicatorsText, newGoal } from './planModel';

interface Props {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}

/** Fills the lists from a pasted text or Markdown outline; the lists stay what is edited and stored. */
const PasteOutline = ({ onImport }: { onImport: (text: string) => { goals: number; themes: number } }) => {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<string | null>(null);
  return (
    <details className="plan-paste">
      <summary>{t('plan.paste')}</summary>
      <p id={`${id}-hint`} className="hint">
        {t('plan.pasteHint')}
      </p>
      <label htmlFor={`${id}-text`}>{t('plan.pasteLabel')}</label>
      <textarea
        id={`${id}-text`}
        rows={8}
        value={text}
        maxLength={50_000}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={!text.trim()}
        onClick={() => {
          const counts = onImport(text);
          setResult(t('plan.pasted', counts));
        }}
      >
        {t('plan.pasteButton')}
      </button>
      <p role="status" className="hint">
        {result}
      </p>
    </details>
  );
};

/**
 * The project plan (DESIGN §2.4): goals, each with its expected result, indicators and nested activities,
 * and the smallest stakeholder group shown by name next to ratings and thoughts.
 */
export const PlanEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const goals = setup.goals ?? [];
  const setGoal = (goalId: string, change: Partial<Goal>) =>
    onChange({ goals: goals.map((g) => (g.id === goalId ? { ...g, ...change } : g)) });

  return (
    <fieldset className="card plan-editor" aria-describedby={`${id}-hint`}>
      <legend>{t('plan.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('plan.hint')}
      </p>
      <PasteOutline
        onImport={(text) => {
          const plan = parsePlanOutline(text);
          onChange({
            ...(plan.goals.length > 0 ? { goals: plan.goals } : {}),
            ...(plan.themes.length > 0 ? { developmentThemes: plan.themes } : {}),
          });
          return { goals: plan.goals.length, themes: plan.themes.length };
        }}
      />
      {goals.length === 0 ? <p>{t('plan.noGoals')}</p> : null}
      <ol className="plan-goals">
        {goals.map((goal, i) => {
          const n = i + 1;
          return (
            <li key={goal.id} className="plan-goal" data-testid="plan-goal">
              <h3 className="plan-goal__title">{t('plan.goal', { n })}</h3>
              <div className="field">
                <label htmlFor={`${id}-${goal.id}-name`}>{t('plan.goalName', { n })}</label>
                <input
                  id={`${id}-${goal.id}-name`}
                  value={goal.name}
                  maxLength={300}
                  onChange={(e) => setGoal(goal.id, { name: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${goal.id}-result`}>{t('plan.expectedResult', { n })}</label>
                <textarea
                  id={`${id}-${goal.id}-result`}
                  rows={2}
                  value={goal.expectedResult}
                  maxLength={2000}
                  onChange={(e) => setGoal(goal.id, { expectedResult: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${goal.id}-indicators`}>{t('plan.indicators', { n })}</label>
                <p id={`${id}-${goal.id}-indicators-hint`} className="hint">
                  {t('plan.indicatorsHint')}
                </p>
                <textarea
                  id={`${id}-${goal.id}-indicators`}
                  rows={2}
                  value={indicatorsText(goal)}
                  aria-describedby={`${id}-${goal.id}-indicators-hint`}
                  onChange={(e) => setGoal(goal.id, { indicators: indicatorsFrom(e.target.value) })}
                />
              </div>
              <ActivitiesEditor
                goal={goal}
                goalNumber={n}
                onChange={(activities) => setGoal(goal.id, { activities })}
              />
              <button
                type="button"
                className="button button--secondary plan-goal__remove"
                onClick={() => onChange({ goals: goals.filter((g) => g.id !== goal.id) })}
              >
                {t('plan.removeGoal', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={!canAddGoal(goals)}
        onClick={() => onChange({ goals: [...goals, newGoal(goals)] })}
      >
        {t('plan.addGoal')}
      </button>
      <div className="field plan-minimum">
        <label htmlFor={`${id}-minimum`}>{t('plan.minimum')}</label>
        <p id={`${id}-minimum-hint`} className="hint">
          {t('plan.minimumHint')}
        </p>
        <input
          id={`${id}-minimum`}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={setup.anonymityMinimum ?? DEFAULT_ANONYMITY_MINIMUM}
          aria-describedby={`${id}-minimum-hint`}
          onChange={(e) => {
            const value = Math.round(Number(e.target.value));
            if (Number.isFinite(value)) onChange({ anonymityMinimum: Math.min(50, Math.max(1, value)) });
          }}
        />
      </div>
    </fieldset>
  );
};
