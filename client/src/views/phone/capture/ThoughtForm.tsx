import { ErrorCode, limits } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { useQuestions } from '../../capture/captureSelectors';
import { CountedTextarea } from '../../capture/CountedTextarea';
import { QuestionField } from '../../capture/QuestionField';
import { useQuestionChoice } from '../../capture/useQuestionChoice';
import { usePersistentDraft } from '../../capture/usePersistentDraft';

type Problem = 'empty' | 'tooLong' | 'rateLimited' | null;

/** Writes a thought for the question in focus (or another), anonymous unless the author shows their name. */
export const ThoughtForm = () => {
  const t = useT();
  const id = useId();
  const questions = useQuestions();
  const [questionId, setQuestionId] = useQuestionChoice();
  const myName = useStore((s) => (s.participantId ? s.session?.participants[s.participantId]?.displayName : null));
  const [text, setText] = usePersistentDraft('thought');
  const [showName, setShowName] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const length = text.trim().length;
  const tooLong = length > limits.thoughtLength;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (length === 0) return setProblem('empty');
    if (tooLong) return setProblem('tooLong');
    setProblem(null);
    const sent = text.trim();
    setText('');
    void sendCommand(
      'thought:submit',
      { thoughtId: nanoid(), text: sent, questionId, showName: showName && !!myName },
      { durable: true },
    ).then((res) => {
      if (res.ok) return;
      if (res.error.code === ErrorCode.RateLimited) setProblem('rateLimited');
      setText(sent); // nothing typed is lost: it is back in the box to send again
    });
  };

  const message =
    problem === 'empty'
      ? t('capture.phone.empty')
      : problem === 'rateLimited'
        ? t('capture.phone.rateLimited')
        : tooLong
          ? t('capture.phone.tooLong', { max: limits.thoughtLength })
          : null;

  return (
    <form className="card thought-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('capture.phone.title')}</h2>
      <QuestionField id={`${id}-q`} questions={questions} value={questionId} onChange={setQuestionId} />
      <CountedTextarea
        id={id}
        label={t('capture.phone.label')}
        value={text}
        onChange={(value) => {
          setText(value);
          if (problem === 'empty') setProblem(null);
        }}
        max={limits.thoughtLength}
        message={message}
        invalid={tooLong || problem === 'empty'}
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
