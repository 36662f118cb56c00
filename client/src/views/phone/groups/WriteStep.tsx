import { limits, type SmallGroup } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useMemo } from 'react';
import { useT } from '../../../i18n/useT';
import { useOutbox } from '../../../net/outboxStore';
import { ConfirmButton } from '../../capture/ConfirmButton';
import { CountedTextarea } from '../../capture/CountedTextarea';
import { useThoughtDraft } from '../../capture/useThoughtDraft';
import { sendGroup, useGroupQuestion, useIdeas, useMe } from './groupState';

interface Props {
  group: SmallGroup;
  questionId: string;
}

/** Write alone: a thought at a time, and my own thoughts on the question (only I see them until I present). */
export const WriteStep = ({ group, questionId }: Props) => (
  <>
    <IdeaForm questionId={questionId} />
    <MyIdeas group={group} questionId={questionId} />
  </>
);

/** Writes one thought on the question; typing is kept in the browser, and a thought waits offline. */
export const IdeaForm = ({ questionId }: { questionId: string }) => {
  const t = useT();
  const id = useId();
  const { text, change, submit, message, invalid } = useThoughtDraft(
    `idea.${questionId}`,
    {
      empty: t('groups.idea.empty'),
      tooLong: t('groups.idea.tooLong', { max: limits.thoughtLength }),
      rateLimited: t('groups.idea.rateLimited'),
    },
    (sent) => sendGroup('idea:write', { ideaId: nanoid(), questionId, text: sent }, { durable: true }),
  );

  return (
    <form className="card idea-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('groups.idea.title')}</h2>
      <CountedTextarea
        id={id}
        label={t('groups.idea.label')}
        value={text}
        onChange={change}
        max={limits.thoughtLength}
        message={message}
        invalid={invalid}
        testId="idea-input"
      />
      <button type="submit" className="button button--primary button--wide">
        {t('groups.idea.save')}
      </button>
    </form>
  );
};

interface Mine {
  id: string;
  text: string;
  sending: boolean;
}

/** My thoughts on the question, newest last; a thought still in the outbox says it is not saved yet. */
export const MyIdeas = ({ group, questionId }: Props) => {
  const t = useT();
  const id = useId();
  const me = useMe();
  const ideas = useIdeas(me, questionId);
  const presented = useGroupQuestion(group.id, questionId).presented.includes(me);
  const waiting = useOutbox((s) => s.waiting);
  const mine = useMemo((): Mine[] => {
    const saved = ideas.map((i) => ({ id: i.id, text: i.text, sending: false }));
    const unsent = waiting.flatMap((c) => {
      const { ideaId, text, questionId: q } = c.payload;
      if (c.name !== 'idea:write' || q !== questionId || typeof ideaId !== 'string') return [];
      if (ideas.some((i) => i.id === ideaId)) return [];
      return [{ id: ideaId, text: String(text), sending: true }];
    });
    return [...saved, ...unsent];
  }, [ideas, waiting, questionId]);

  return (
    <section className="card my-ideas" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.mine.title')}</h2>
      <p className="my-ideas__privacy" data-testid="ideas-privacy">
        {presented ? t('groups.mine.shared') : t('groups.mine.private')}
      </p>
      {mine.length === 0 ? (
        <p className="hint">{t('groups.mine.none')}</p>
      ) : (
        <ul className="idea-list" aria-live="polite" data-testid="my-ideas">
          {mine.map((m) => (
            <li key={m.id} className={`idea ${m.sending ? 'idea--sending' : ''}`} data-testid="my-idea">
              <p className="idea__text">{m.text}</p>
              {m.sending ? (
                <p className="idea__status">
                  <span aria-hidden="true">⚠ </span>
                  {t('groups.mine.sending')}
                </p>
              ) : presented ? null : (
                <ConfirmButton
                  label={t('groups.mine.withdraw')}
                  title={t('groups.mine.withdrawTitle')}
                  body={m.text}
                  confirm={t('groups.mine.withdrawConfirm')}
                  className="button--secondary"
                  onConfirm={() => void sendGroup('idea:withdraw', { ideaId: m.id })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
