import { navigate } from '../../routing/navigation';
import { useT } from '../../state/useT';

export const NotFoundView = () => {
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.body')}</p>
      <a
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        {t('common.backHome')}
      </a>
    </div>
  );
};
