import { Suspense } from 'react';
import { navigate } from '../../routing/navigation';
import { lazyView } from '../../routing/lazyView';
import { createPath, pagePaths } from '../../routing/route';
import { staffCatalog } from '../../i18n/staffCatalog';
import { useT } from '../../state/useT';
import { CodeForm } from '../phone/CodeForm';
import { listStaffSessions } from './staffSessions';

// Only a browser that has opened a session as staff loads the list (and the staff strings it needs).
const StaffSessionsList = lazyView(() => import('./StaffSessionsList'), staffCatalog);

/** Front page: join with a code (most visitors), or create a session (facilitators) and find one's sessions again. */
export const HomeView = () => {
  const t = useT();
  const hasOwn = listStaffSessions().length > 0;
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
      {hasOwn ? (
        <Suspense fallback={null}>
          <StaffSessionsList />
        </Suspense>
      ) : null}
    </div>
  );
};
