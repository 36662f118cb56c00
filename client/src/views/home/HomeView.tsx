import { navigate } from '../../app/navigation';
import { createPath, pagePaths } from '../../app/route';
import { useT } from '../../i18n/useT';
import { CodeForm } from '../phone/CodeForm';

/** Front page: join with a code (most visitors), or create a session (facilitators). */
export const HomeView = () => {
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <CodeForm onCode={(code) => navigate(pagePaths.join(code))} />
      <section className="home-staff" aria-labelledby="home-staff-title">
        <h2 id="home-staff-title">{t('home.staffTitle')}</h2>
        <a
          className="button button--secondary"
          href={createPath}
          onClick={(e) => {
            e.preventDefault();
            navigate(createPath);
          }}
        >
          {t('home.create')}
        </a>
      </section>
    </div>
  );
};
