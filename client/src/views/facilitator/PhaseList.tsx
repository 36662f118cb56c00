import { useT } from '../../state/useT';
import { useStore } from '../../state/store';
import { usePhaseIndex } from '../../state/selectors';
import { stepKey } from '../../components/stepLabel';

const speakingKey = { inner: 'circle.inner', outer: 'circle.outer', everyone: 'circle.everyone' } as const;

/** All phases; the running one is marked with words and aria-current, not colour alone. */
export const PhaseList = () => {
  const t = useT();
  const phases = useStore((s) => s.session?.setup.phases);
  const current = usePhaseIndex();
  const running = useStore((s) => s.session?.status === 'running');
  if (!phases) return null;
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('fac.plan')}</h2>
      <ol className="phase-list">
        {phases.map((p, i) => {
          const now = running && i === current;
          return (
            <li
              key={p.id}
              className={now ? 'phase-list__item is-current' : 'phase-list__item'}
              aria-current={now ? 'step' : undefined}
            >
              <span className="phase-list__name">
                {i + 1}. {p.name}
              </span>
              <span className="phase-list__meta">
                {p.step ? t(stepKey[p.step]) : t(speakingKey[p.speaking])} ·{' '}
                {t('common.minutes', { n: p.plannedMinutes })}
              </span>
              {now ? <strong className="phase-list__now">◀ {t('fac.now')}</strong> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
