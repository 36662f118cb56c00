import { useT } from '../../i18n/useT';
import { HomeLink } from './InfoPage';
import './info.css';

/** `/deleted`: where the facilitator lands after "delete everything now". */
export const SessionDeletedView = () => {
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t('info.deleted.title')}</h1>
      <p>{t('info.deleted.body')}</p>
      <HomeLink />
    </div>
  );
};

/** Shown instead of a session view (phone, projector, scribe) once the server says it was deleted. */
export const SessionDeletedMessage = () => {
  const t = useT();
  return (
    <div className="gate" data-testid="session-deleted">
      <h1 className="gate__title">{t('info.sessionDeleted.title')}</h1>
      <p>{t('info.sessionDeleted.body')}</p>
    </div>
  );
};
