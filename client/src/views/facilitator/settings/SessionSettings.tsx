import { useT } from '../../../state/useT';
import { DeleteSession } from './DeleteSession';
import { RetentionForm } from './RetentionForm';
import { RotateLinks } from './RotateLinks';
import './settings.css';

/**
 * "Session settings": retention, replacing secret links and deleting everything. Collapsed where it sits among
 * other things; `open` shows it as a view of its own (the console's settings view).
 */
export const SessionSettings = ({ open = false }: { open?: boolean }) => {
  const t = useT();
  if (open) {
    return (
      <section className="card settings" data-testid="session-settings" aria-labelledby="settings-title">
        <h2 id="settings-title" className="settings__title">
          {t('info.settings.title')}
        </h2>
        <RetentionForm />
        <RotateLinks />
        <DeleteSession />
      </section>
    );
  }
  return (
    <details className="card settings" data-testid="session-settings">
      <summary className="settings__summary">
        <h2 className="settings__title">{t('info.settings.title')}</h2>
      </summary>
      <RetentionForm />
      <RotateLinks />
      <DeleteSession />
    </details>
  );
};
