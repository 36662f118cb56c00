import { useT } from '../state/useT';
import { useStore } from '../state/store';

/** Errors and notes for the user, in a live region that is always present so additions are read out. */
export const Notices = () => {
  const t = useT();
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions text">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`}>
          <span className="notice__icon" aria-hidden="true">
            {n.kind === 'error' ? '!' : 'i'}
          </span>
          <span className="notice__text">{t(n.key)}</span>
          <button
            type="button"
            className="notice__close"
            aria-label={t('common.dismiss')}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
};
