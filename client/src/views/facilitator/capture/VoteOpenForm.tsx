import { limits, type VoteTargetKind } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { useQuestions } from '../../capture/captureSelectors';
import { QuestionField } from '../../capture/QuestionField';
import { useQuestionChoice } from '../../capture/useQuestionChoice';
import { voteTargetCount } from './voteTargets';

const dotChoices = Array.from({ length: limits.maxDots }, (_, i) => i + 1);

/** Opens a dot vote over a question's themes or approved thoughts. */
export const VoteOpenForm = () => {
  const t = useT();
  const id = useId();
  const questions = useQuestions();
  const [questionId, setQuestionId] = useQuestionChoice();
  const [kind, setKind] = useState<VoteTargetKind>('theme');
  const [dots, setDots] = useState(3);
  const [error, setError] = useState(false);
  const targets = useStore((s) => (s.session ? voteTargetCount(s.session, questionId, kind) : 0));
  const tooMany = kind === 'thought' && targets > limits.maxVoteThoughts;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (targets === 0 || tooMany) return setError(true);
    setError(false);
    void sendCommand('vote:open', { voteId: nanoid(), questionId, targetKind: kind, dots });
  };
  return (
    <form className="vote-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('capture.vote.new')}</h3>
      <QuestionField id={`${id}-q`} questions={questions} value={questionId} onChange={setQuestionId} />
      <fieldset className="radio-list vote-form__kind">
        <legend>{t('capture.vote.what')}</legend>
        {(['theme', 'thought'] as const).map((k) => (
          <label key={k} className="radio-list__item">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === 'theme' ? t('capture.vote.themes') : t('capture.vote.thoughts')}
          </label>
        ))}
      </fieldset>
      <div className="field vote-form__dots">
        <label htmlFor={`${id}-dots`}>{t('capture.vote.dots')}</label>
        <select id={`${id}-dots`} value={dots} onChange={(e) => setDots(Number(e.target.value))}>
          {dotChoices.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {error && targets === 0 ? (
        <p className="field-error" role="alert">
          {t('capture.vote.nothing')}
        </p>
      ) : null}
      {error && tooMany ? (
        <p className="field-error" role="alert">
          {t('capture.vote.tooMany', { max: limits.maxVoteThoughts, n: targets })}
        </p>
      ) : null}
      <button type="submit" className="button button--primary">
        {t('capture.vote.open')}
      </button>
    </form>
  );
};
