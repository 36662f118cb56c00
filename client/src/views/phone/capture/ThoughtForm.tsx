import { limits } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { useQuestions } from '../../capture/captureSelectors';
import { CountedTextarea } from '../../capture/CountedTextarea';
import { QuestionField } from '../../capture/QuestionField';
import { useQuestionChoice } from '../../capture/useQuestionChoice';
import { useThoughtDraft } from '../../capture/useThoughtDraft';

/** Writes a thought for the question in focus (or another), anonymous unless the author shows their name. */
export const ThoughtForm = () => {
  const t = useT();
  const id = useId();
  const questions = useQuestions();
  const [questionId, setQuestionId] = useQuestionChoice();
  const myName = useStore((s) => (s.participantId ? s.session?.participants[s.participantId]?.displayName : null));
  const [showName, setShowName] = useState(false);
  const { text, change, submit, message, invalid } = useThoughtDraft(
    'thought',
    {
      empty: t('capture.phone.empty'),
      tooLong: t('capture.phone.tooLong', { max: limits.thoughtLength }),
      rateLimited: t('capture.phone.rateLimited'),
    },
    (sent) =>
      sendCommand(
        'thought:submit',
        { thoughtId: nanoid(), text: sent, questionId, showName: showName && !!myName },
        { durable: true },
      ),
  );

  return (
    <form className="card thought-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('capture.phone.title')}</h2>
      <QuestionField id={`${id}-q`} questions={questions} value={questionId} onChange={setQuestionId} />
      <CountedTextarea
        id={id}
        label={t('capture.phone.label')}
        value={text}
        onChange={change}
        max={limits.thoughtLength}
        message={message}
        invalid={invalid}
        testId="thought-input"
      />
      {myName ? (
        <div className="setting-toggle">
          <input id={`${id}-name`} type="checkbox" checked={showName} onChange={(e) => setShowName(e.target.checked)} />
          <label htmlFor={`${id}-name`}>{t('capture.phone.showName', { name: myName })}</label>
        </div>
      ) : null}
      <p className="hint">{showName && myName ? t('capture.phone.named') : t('capture.phone.anonymous')}</p>
      <button type="submit" className="button button--primary button--wide">
        {t('capture.phone.send')}
      </button>
    </form>
  );
};
