import { limits, type SmallGroup } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useMemo } from 'react';
import { useT } from '../../../state/useT';
import { useOutbox } from '../../../net/outboxStore';
import { ConfirmButton } from '../../capture/ConfirmButton';
import { CountedTextarea } from '../../capture/CountedTextarea';
import { useThoughtDraft } from '../../capture/useThoughtDraft';
import { sendGroup, useGroupQuestion, useSoloThoughts, useMe } from './groupState';

interface Props {
  group: SmallGroup;
  questionId: string;
}

/** Write alone: a thought at a time, and my own thoughts on the question (only I see them until I present). */
export const WriteStep = ({ group, questionId }: Props) => (
  <>
    <SoloThoughtForm questionId={questionId} />
    <MySoloThoughts group={group} questionId={questionId} />
  </>
);

/** Writes one thought on the question; typing is kept in the browser, and a thought waits offline. */
export const SoloThoughtForm = ({ questionId }: { questionId: string }) => {
  const t = useT();
  const id = useId();
  const { text, change, submit, message, invalid } = useThoughtDraft(
    `soloThought.${questionId}`,
    {
      empty: t('groups.soloThought.empty'),
      tooLong: t('groups.soloThought.tooLong', { max: limits.thoughtLength }),
      rateLimited: t('groups.soloThought.rateLimited'),
    },
    (sent) => sendGroup('soloThought:write', { soloThoughtId: nanoid(), questionId, text: sent }, { durable: true }),
  );

  return (
    <form className="card solo-thought-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('groups.soloThought.title')}</h2>
      <CountedTextarea
        id={id}
        label={t('groups.soloThought.label')}
        value={text}
        onChange={change}
        max={limits.thoughtLength}
        message={message}
        invalid={invalid}
        testId="solo-thought-input"
      />
      <button type="submit" className="button button--primary button--wide">
        {t('groups.soloThought.save')}
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
export const MySoloThoughts = ({ group, questionId }: Props) => {
  const t = useT();
  const id = useId();
  const me = useMe();
  const soloThoughts = useSoloThoughts(me, questionId);
  const presented = useGroupQuestion(group.id, questionId).presented.includes(me);
  const waiting = useOutbox((s) => s.waiting);
  const mine = useMemo((): Mine[] => {
    const saved = soloThoughts.map((i) => ({ id: i.id, text: i.text, sending: false }));
    const unsent = waiting.flatMap((c) => {
      const { soloThoughtId, text, questionId: q } = c.payload;
      if (c.name !== 'soloThought:write' || q !== questionId || typeof soloThoughtId !== 'string') return [];
      if (soloThoughts.some((i) => i.id === soloThoughtId)) return [];
      return [{ id: soloThoughtId, text: String(text), sending: true }];
    });
    return [...saved, ...unsent];
  }, [soloThoughts, waiting, questionId]);

  return (
    <section className="card my-solo-thoughts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.mine.title')}</h2>
      <p className="my-solo-thoughts__privacy" data-testid="solo-thoughts-privacy">
        {presented ? t('groups.mine.shared') : t('groups.mine.private')}
      </p>
      {mine.length === 0 ? (
        <p className="hint">{t('groups.mine.none')}</p>
      ) : (
        <ul className="solo-thought-list" aria-live="polite" data-testid="my-solo-thoughts">
          {mine.map((m) => (
            <li
              key={m.id}
              className={`solo-thought ${m.sending ? 'solo-thought--sending' : ''}`}
              data-testid="my-solo-thought"
            >
              <p className="solo-thought__text">{m.text}</p>
              {m.sending ? (
                <p className="solo-thought__status">
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
                  onConfirm={() => void sendGroup('soloThought:withdraw', { soloThoughtId: m.id })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
