import {
  addPhase,
  GroupStep,
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
import { stepKey } from '../../components/stepLabel';
import { useT } from '../../state/useT';
import { maxPhases, newStep, updateStep } from './methodPlan';

interface Props {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}

const speakingKey = { inner: 'circle.inner', outer: 'circle.outer', everyone: 'circle.everyone' } as const;

/**
 * The phase plan: each phase's name, length and instructions, and in the aquarium who speaks and the focus
 * questions; in the small-group method each step's kind and its one question.
 */
export const PhasePlanEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const { phases } = setup;
  const steps = setup.method === 'smallGroups';
  const set = (next: Phase[]) => onChange({ phases: next });
  const add = () =>
    set(
      addPhase(
        phases,
        steps
          ? newStep(setup)
          : {
              id: nextId('p', phases),
              name: t('create.newPhase'),
              speaking: 'everyone',
              questionIds: [],
              plannedMinutes: 10,
              instructions: '',
            },
      ),
    );

  return (
    <fieldset className="card" aria-describedby={steps ? `${id}-hint` : undefined}>
      <legend>{steps ? t('create.steps') : t('create.phases')}</legend>
      {steps ? (
        <p id={`${id}-hint`} className="hint">
          {t('create.stepsHint')}
        </p>
      ) : null}
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
              onStep={(change) => set(updateStep(setup, phase.id, change))}
              onMove={(to) => set(movePhase(phases, i, to))}
              onRemove={() => set(removePhase(phases, phase.id))}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" disabled={phases.length >= maxPhases} onClick={add}>
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
  onStep: (change: { step?: GroupStep; questionId?: string }) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const PhaseFields = ({ phase, index, count, setup, onUpdate, onStep, onMove, onRemove }: FieldsProps) => {
  const t = useT();
  const id = useId();
  const n = index + 1;
  const steps = setup.method === 'smallGroups';
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
        {steps ? (
          <div className="field">
            <label htmlFor={`${id}-step`}>{t('create.stepKind')}</label>
            <select
              id={`${id}-step`}
              value={phase.step ?? 'write'}
              onChange={(e) => onStep({ step: GroupStep.parse(e.target.value) })}
            >
              {GroupStep.options.map((s) => (
                <option key={s} value={s}>
                  {t(stepKey[s])}
                </option>
              ))}
            </select>
          </div>
        ) : (
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
        )}
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
      {steps ? (
        <div className="field">
          <label htmlFor={`${id}-question`}>{t('create.stepQuestion')}</label>
          <select
            id={`${id}-question`}
            value={phase.questionIds[0] ?? ''}
            onChange={(e) => onStep({ questionId: e.target.value })}
          >
            {phase.questionIds.length === 0 ? <option value="" /> : null}
            {setup.questions.map((q, qi) => (
              <option key={q.id} value={q.id}>
                {qi + 1}. {shorten(q.text) || t('create.question', { n: qi + 1 })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {steps ? null : (
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
      )}
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

/** A question in a select: long questions cut at a word, the whole text is in the question list above. */
const shorten = (text: string, max = 110) => {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
};
