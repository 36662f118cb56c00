import { useT } from '../../../i18n/useT';
import { DeleteSession } from './DeleteSession';
import { RetentionForm } from './RetentionForm';
import { RotateLinks } from './RotateLinks';
import './settings.css';

/** "Session settings": retention, replacing secret links and deleting everything; collapsed by default. */
export const SessionSettings = () => {
  const t = useT();
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
