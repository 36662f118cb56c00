import { nextId, type SessionSetup } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { addQuestion, maxQuestions, removeQuestion } from './methodPlan';

interface Props {
  setup: SessionSetup;
  onChange: (patch: Partial<SessionSetup>) => void;
}

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
      <ol className="edit-list">
        {questions.map((q, i) => (
          <li key={q.id} className="edit-list__item">
            <div className="field field--grow">
              <label htmlFor={`${id}-${q.id}`}>{t('create.question', { n: i + 1 })}</label>
              <textarea
                id={`${id}-${q.id}`}
                value={q.text}
                rows={2}
                maxLength={500}
                onChange={(e) =>
                  onChange({ questions: questions.map((x) => (x.id === q.id ? { ...x, text: e.target.value } : x)) })
                }
              />
            </div>
            <button
              type="button"
              className="button button--secondary"
              disabled={questions.length <= 1}
              onClick={() => onChange(removeQuestion(setup, q.id))}
            >
              {t('create.removeQuestion', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={questions.length >= maxQuestions}
        onClick={() => onChange(addQuestion(setup))}
      >
        {t('create.addQuestion')}
      </button>
    </fieldset>
  );
};

/** The stakeholder groups participants choose from when they join. */
export const GroupsEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const groups = setup.stakeholderGroups;
  return (
    <fieldset className="card" aria-describedby={`${id}-hint`}>
      <legend>{t('create.groups')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('create.groupsHint')}
      </p>
      <ol className="edit-list">
        {groups.map((g, i) => (
          <li key={g.id} className="edit-list__item">
            <div className="field field--grow">
              <label htmlFor={`${id}-${g.id}`}>{t('create.group', { n: i + 1 })}</label>
              <input
                id={`${id}-${g.id}`}
                value={g.name}
                maxLength={80}
                onChange={(e) =>
                  onChange({
                    stakeholderGroups: groups.map((x) => (x.id === g.id ? { ...x, name: e.target.value } : x)),
                  })
                }
              />
            </div>
            <button
              type="button"
              className="button button--secondary"
              disabled={groups.length <= 1}
              onClick={() => onChange({ stakeholderGroups: groups.filter((x) => x.id !== g.id) })}
            >
              {t('create.removeGroup', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={groups.length >= 20}
        onClick={() => onChange({ stakeholderGroups: [...groups, { id: nextId('g', groups), name: '' }] })}
      >
        {t('create.addGroup')}
      </button>
    </fieldset>
  );
};

/** Small groups: the development themes participants may pick one of when joining (none: not asked). */
export const TopicsEditor = ({ setup, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const topics = setup.topics ?? [];
  return (
    <fieldset className="card" aria-describedby={`${id}-hint`}>
      <legend>{t('create.topics')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('create.topicsHint')}
      </p>
      {topics.length === 0 ? <p>{t('create.noTopics')}</p> : null}
      <ol className="edit-list">
        {topics.map((topic, i) => (
          <li key={topic.id} className="edit-list__item">
            <div className="field field--grow">
              <label htmlFor={`${id}-${topic.id}`}>{t('create.topic', { n: i + 1 })}</label>
              <input
                id={`${id}-${topic.id}`}
                value={topic.name}
                maxLength={80}
                onChange={(e) =>
                  onChange({ topics: topics.map((x) => (x.id === topic.id ? { ...x, name: e.target.value } : x)) })
                }
              />
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange({ topics: topics.filter((x) => x.id !== topic.id) })}
            >
              {t('create.removeTopic', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={topics.length >= 20}
        onClick={() => onChange({ topics: [...topics, { id: nextId('t', topics), name: '' }] })}
      >
        {t('create.addTopic')}
      </button>
    </fieldset>
  );
};
