import type { Thought } from '@aquarium/shared';
import { useMemo } from 'react';
import { useT } from '../../../state/useT';
import { useOutbox } from '../../../net/outboxStore';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { ConfirmButton } from '../../capture/ConfirmButton';

type MyStatus = 'sending' | 'pending' | 'approved' | 'hidden';

interface Mine {
  id: string;
  text: string;
  status: MyStatus;
  at: number;
}

const icon: Record<MyStatus, string> = { sending: '⚠', pending: '✓', approved: '✓✓', hidden: '✕' };
const noThoughts: Record<string, Thought> = {};

/** My thoughts with where each one stands: not sent yet, sent, approved or hidden. */
export const MyThoughts = () => {
  const t = useT();
  const thoughts = useStore((s) => s.session?.thoughts ?? noThoughts);
  const running = useStore((s) => s.session?.status !== 'ended');
  const waiting = useOutbox((s) => s.waiting);
  const mine = useMemo((): Mine[] => {
    const sent = Object.values(thoughts)
      .filter((th) => th.status !== 'withdrawn')
      .map((th) => ({ id: th.id, text: th.text, status: th.status as MyStatus, at: th.submittedAt }));
    const unsent = waiting.flatMap((c) => {
      const { thoughtId, text } = c.payload;
      if (c.name !== 'thought:submit' || typeof thoughtId !== 'string' || thoughts[thoughtId]) return [];
      return [{ id: thoughtId, text: String(text), status: 'sending' as const, at: c.queuedAt }];
    });
    return [...unsent.reverse(), ...sent.sort((a, b) => b.at - a.at)];
  }, [thoughts, waiting]);

  if (mine.length === 0) return null;
  return (
    <section className="card my-thoughts" aria-labelledby="my-thoughts-title">
      <h2 id="my-thoughts-title">{t('capture.mine.title')}</h2>
      <ul className="my-thoughts__list" aria-live="polite">
        {mine.map((m) => (
          <li key={m.id} className={`my-thought my-thought--${m.status}`} data-testid="my-thought">
            <p className="my-thought__text">{m.text}</p>
            <p className="my-thought__status">
              <span aria-hidden="true">{icon[m.status]} </span>
              <span data-testid="thought-status">{t(`capture.mine.${m.status}`)}</span>
            </p>
            {m.status === 'sending' ? <p className="hint">{t('capture.mine.sendingHint')}</p> : null}
            {running && m.status !== 'sending' ? (
              <ConfirmButton
                label={t('capture.mine.withdraw')}
                title={t('capture.mine.withdrawTitle')}
                body={m.text}
                confirm={t('capture.mine.withdrawConfirm')}
                className="button--secondary"
                onConfirm={() => void sendCommand('thought:withdraw', { thoughtId: m.id })}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
