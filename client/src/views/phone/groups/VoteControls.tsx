import { limits } from '@aquarium/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import type { PointsProps } from './ChooseStep';
import { sendGroup } from './groupState';

/** The chair asks the group for a dot vote on the points, and ends it. */
export const VoteControls = ({ questionId, points, vote }: Omit<PointsProps, 'isChair'>) => {
  const t = useT();
  const id = useId();
  const [dots, setDots] = useState('3');
  const open = vote?.status === 'open';
  const enough = points.length >= 2;

  const start = (e: FormEvent) => {
    e.preventDefault();
    if (!enough) return;
    const n = Math.round(Number(dots)) || 3;
    void sendGroup('groupVote:open', { questionId, dots: Math.min(limits.maxDots, Math.max(1, n)) });
  };

  return (
    <section className="card group-vote" aria-labelledby={`${id}-title`} data-testid="group-vote">
      <h2 id={`${id}-title`}>{t('groups.vote.title')}</h2>
      {open ? (
        <button
          type="button"
          className="button button--primary button--wide"
          onClick={() => void sendGroup('groupVote:close', { questionId })}
        >
          {t('groups.vote.close')}
        </button>
      ) : (
        <form onSubmit={start}>
          <p className="hint">{t('groups.vote.intro')}</p>
          <div className="field">
            <label htmlFor={`${id}-dots`}>{t('groups.vote.dots')}</label>
            <input
              id={`${id}-dots`}
              type="number"
              inputMode="numeric"
              min={1}
              max={limits.maxDots}
              value={dots}
              className="group-vote__dots"
              onChange={(e) => setDots(e.target.value)}
              data-testid="vote-dots-input"
            />
          </div>
          {enough ? null : <p className="hint">{t('groups.vote.needTwo')}</p>}
          <button type="submit" className="button button--primary button--wide" disabled={!enough}>
            {t('groups.vote.open')}
          </button>
        </form>
      )}
    </section>
  );
};
