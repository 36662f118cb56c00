import { useT } from '../state/useT';

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
