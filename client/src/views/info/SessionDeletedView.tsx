import { useT } from '../../state/useT';
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
