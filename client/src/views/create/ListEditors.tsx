import { nextId, type SessionSetup } from '@aquarium/shared';
import { useId, type ReactNode } from 'react';
import { useT } from '../../state/useT';
import { addQuestion, maxQuestions, removeQuestion } from './methodPlan';

interface Props {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}

interface EditListProps<T> {
  items: T[];
  /** The item's labelled field. */
  field: (item: T, n: number) => ReactNode;
  removeLabel: (n: number) => string;
  canRemove: boolean;
  onRemove: (item: T) => void;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
}

/** The shape every list of the create form shares: a row per item, its field and a remove button; then "add". */
const EditList = <T extends { id: string }>({
  items,
  field,
  removeLabel,
  canRemove,
  onRemove,
  addLabel,
  canAdd,
  onAdd,
}: EditListProps<T>) => (
  <>
    <ol className="edit-list">
      {items.map((item, i) => (
        <li key={item.id} className="edit-list__item">
          <div className="field field--grow">{field(item, i + 1)}</div>
          <button
            type="button"
            className="button button--secondary"
            disabled={!canRemove}
            onClick={() => onRemove(item)}
          >
            {removeLabel(i + 1)}
          </button>
        </li>
      ))}
    </ol>
    <button type="button" className="button button--secondary" disabled={!canAdd} onClick={onAdd}>
      {addLabel}
    </button>
  </>
);

/**
 * The evaluation questions: edit, add, remove. Removing also takes it out of every phase's focus (in the
 * small-group method its steps go); adding one in the small-group method adds its four steps.
 */
export const QuestionsEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const { questions } = setup;
  return (
    <fieldset className="card">
      <legend>{t('create.questions')}</legend>
      <EditList
        items={questions}
        field={(q, n) => (
          <>
            <label htmlFor={`${id}-${q.id}`}>{t('create.question', { n })}</label>
            <textarea
              id={`${id}-${q.id}`}
              value={q.text}
              rows={2}
              maxLength={500}
              onChange={(e) =>
                onChange({ questions: questions.map((x) => (x.id === q.id ? { ...x, text: e.target.value } : x)) })
              }
            />
          </>
        )}
        removeLabel={(n) => t('create.removeQuestion', { n })}
        canRemove={questions.length > 1}
        onRemove={(q) => onChange(removeQuestion(setup, q.id))}
        addLabel={t('create.addQuestion')}
        canAdd={questions.length < maxQuestions}
        onAdd={() => onChange(addQuestion(setup))}
      />
    </fieldset>
  );
};

interface Named {
  id: string;
  name: string;
}

interface NamedListProps {
  items: Named[];
  onChange: (items: Named[]) => void;
  /** Prefix of new ids ("g" → g7). */
  idPrefix: string;
  /** How few items the list may have; its remove buttons are disabled at that count. */
  min: number;
  legend: string;
  hint: string;
  /** Shown when the list is empty. */
  empty?: string;
  label: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
}

const maxNamed = 20;

/** A list of short names (stakeholder groups, development themes): edit, add, remove. */
const NamedListEditor = ({
  items,
  onChange,
  idPrefix,
  min,
  legend,
  hint,
  empty,
  label,
  removeLabel,
  addLabel,
}: NamedListProps) => {
  const id = useId();
  return (
    <fieldset className="card" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {items.length === 0 && empty ? <p>{empty}</p> : null}
      <EditList
        items={items}
        field={(item, n) => (
          <>
            <label htmlFor={`${id}-${item.id}`}>{label(n)}</label>
            <input
              id={`${id}-${item.id}`}
              value={item.name}
              maxLength={80}
              onChange={(e) => onChange(items.map((x) => (x.id === item.id ? { ...x, name: e.target.value } : x)))}
            />
          </>
        )}
        removeLabel={removeLabel}
        canRemove={items.length > min}
        onRemove={(item) => onChange(items.filter((x) => x.id !== item.id))}
        addLabel={addLabel}
        canAdd={items.length < maxNamed}
        onAdd={() => onChange([...items, { id: nextId(idPrefix, items), name: '' }])}
      />
    </fieldset>
  );
};

/** The stakeholder groups participants choose from when they join. */
export const GroupsEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  return (
    <NamedListEditor
      items={setup.stakeholderGroups}
      onChange={(stakeholderGroups) => onChange({ stakeholderGroups })}
      idPrefix="g"
      min={1}
      legend={t('create.groups')}
      hint={t('create.groupsHint')}
      label={(n) => t('create.group', { n })}
      removeLabel={(n) => t('create.removeGroup', { n })}
      addLabel={t('create.addGroup')}
    />
  );
};

/** Small groups: the development themes participants may pick one of when joining (none: not asked). */
export const DevelopmentThemesEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  return (
    <NamedListEditor
      items={setup.developmentThemes ?? []}
      onChange={(developmentThemes) => onChange({ developmentThemes })}
      idPrefix="t"
      min={0}
      legend={t('create.developmentThemes')}
      hint={t('create.developmentThemesHint')}
      empty={t('create.noDevelopmentThemes')}
      label={(n) => t('create.developmentTheme', { n })}
      removeLabel={(n) => t('create.removeDevelopmentTheme', { n })}
      addLabel={t('create.addDevelopmentTheme')}
    />
  );
};
