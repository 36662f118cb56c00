import {
  addPhase,
  movePhase,
  nextId,
  plannedMinutesTotal,
  removePhase,
  SpeakingCircle,
  updatePhase,
  type Phase,
  type SessionSetup,
} from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}

const speakingKey = { inner: 'circle.inner', outer: 'circle.outer', everyone: 'circle.everyone' } as const;

/** The phase plan: each phase's name, speaking circle, focus questions, length and instructions. */
export const PhasePlanEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  const { phases } = setup;
  const set = (next: Phase[]) => onChange({ phases: next });
  const add = () =>
    set(
      addPhase(phases, {
        id: nextId('p', phases),
        name: t('create.newPhase'),
        speaking: 'everyone',
        questionIds: [],
        plannedMinutes: 10,
        instructions: '',
      }),
    );

  return (
    <fieldset className="card">
      <legend>{t('create.phases')}</legend>
      <p className="hint">{t('create.phasesTotal', { minutes: plannedMinutesTotal(phases) })}</p>
      <ol className="phase-edit-list">
        {phases.map((phase, i) => (
          <li key={phase.id}>
            <PhaseFields
              phase={phase}
              index={i}
              count={phases.length}
              setup={setup}
              onUpdate={(change) => set(updatePhase(phases, phase.id, change))}
              onMove={(to) => set(movePhase(phases, i, to))}
              onRemove={() => set(removePhase(phases, phase.id))}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" disabled={phases.length >= 20} onClick={add}>
        {t('create.addPhase')}
      </button>
    </fieldset>
  );
};

interface FieldsProps {
  phase: Phase;
  index: number;
  count: number;
  setup: SessionSetup;
  onUpdate: (change: Partial<Omit<Phase, 'id'>>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const PhaseFields = ({ phase, index, count, setup, onUpdate, onMove, onRemove }: FieldsProps) => {
  const t = useT();
  const id = useId();
  const n = index + 1;
  return (
    <fieldset className="phase-edit">
      <legend>{t('create.phase', { n })}</legend>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('create.phaseName')}</label>
          <input
            id={`${id}-name`}
            value={phase.name}
            maxLength={120}
            onChange={(e) => onUpdate({ name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-speaking`}>{t('create.speaking')}</label>
          <select
            id={`${id}-speaking`}
            value={phase.speaking}
            onChange={(e) => onUpdate({ speaking: SpeakingCircle.parse(e.target.value) })}
          >
            {SpeakingCircle.options.map((c) => (
              <option key={c} value={c}>
                {t(speakingKey[c])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('create.minutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={Number.isNaN(phase.plannedMinutes) ? '' : phase.plannedMinutes}
            onChange={(e) => onUpdate({ plannedMinutes: e.target.valueAsNumber })}
          />
        </div>
      </div>
      <fieldset className="checkbox-list">
        <legend>{t('create.focus')}</legend>
        {setup.questions.map((q, qi) => (
          <label key={q.id} className="checkbox-list__item">
            <input
              type="checkbox"
              checked={phase.questionIds.includes(q.id)}
              onChange={(e) =>
                onUpdate({
                  // Keep the questions in the plan's order, whatever order they are ticked in.
                  questionIds: setup.questions
                    .map((x) => x.id)
                    .filter((x) => (x === q.id ? e.target.checked : phase.questionIds.includes(x))),
                })
              }
            />
            <span>
              {qi + 1}. {q.text || t('create.question', { n: qi + 1 })}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-instructions`}>{t('create.instructions')}</label>
        <textarea
          id={`${id}-instructions`}
          value={phase.instructions}
          rows={2}
          maxLength={1000}
          onChange={(e) => onUpdate({ instructions: e.target.value })}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          {t('create.moveUp', { n })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          {t('create.moveDown', { n })}
        </button>
        <button type="button" className="button button--secondary" disabled={count <= 1} onClick={onRemove}>
          {t('create.removePhase', { n })}
        </button>
      </div>
    </fieldset>
  );
};
