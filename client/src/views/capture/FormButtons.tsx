import { useT } from '../../state/useT';

/** The submit and cancel buttons of a small in-place form (rename, merge, edit). */
export const FormButtons = ({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) => {
  const t = useT();
  return (
    <div className="button-row">
      <button type="submit" className="button button--small button--primary">
        {submitLabel}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
};
