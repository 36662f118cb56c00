import { participantsIn } from '@aquarium/shared';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/useT';
import { useStore } from '../../state/store';

/**
 * Who sits in the inner circle: by default only how many; the names of those who gave one only when a facilitator
 * chose to show names (the privacy notice says so).
 */
export const InnerCircle = () => {
  const t = useT();
  const inner = useStore(useShallow((s) => (s.session ? participantsIn(s.session, 'inner') : [])));
  const showNames = useStore((s) => s.session?.projector.showNames ?? false);
  if (inner.length === 0) return null;
  const named = showNames ? inner.flatMap((p) => (p.displayName ? [p.displayName] : [])) : [];
  const anonymous = inner.length - named.length;
  return (
    <section className="inner-circle" aria-labelledby="inner-circle-title" data-testid="inner-circle">
      <h2 id="inner-circle-title" className="inner-circle__title">
        {t('screen.innerCircle')}{' '}
        <span className="inner-circle__count">({t('screen.innerCount', { n: inner.length })})</span>
      </h2>
      {named.length > 0 ? (
        <ul className="inner-circle__names" data-testid="inner-circle-names">
          {named.map((name, i) => (
            <li key={`${i}-${name}`}>{name}</li>
          ))}
        </ul>
      ) : null}
      {showNames && anonymous > 0 ? (
        <p className="inner-circle__anonymous">{t('screen.anonymousCount', { n: anonymous })}</p>
      ) : null}
    </section>
  );
};
