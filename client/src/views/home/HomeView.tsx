import { Suspense } from 'react';
import { navigate } from '../../routing/navigation';
import { lazyView } from '../../routing/lazyView';
import { createPath, createProjectPath, pagePaths } from '../../routing/route';
import { staffCatalog } from '../../i18n/staffCatalog';
import { useT } from '../../state/useT';
import { CodeForm } from '../phone/CodeForm';
import { hasRememberedProjects } from './projectKeys';
import { listStaffSessions } from './staffSessions';

// Only a browser that has opened a session or project as staff loads the list (and the staff strings it needs).
const StaffSessionsList = lazyView(() => import('./StaffSessionsList'), staffCatalog);

/** An in-app link styled as a button. */
const PageLink = ({ href, label }: { href: string; label: string }) => (
  <a
    className="button button--secondary"
    href={href}
    onClick={(e) => {
      e.preventDefault();
      navigate(href);
    }}
  >
    {label}
  </a>
);

/**
 * Front page: join with a code (most visitors), or create a session or a project (facilitators) and find one's
 * sessions and projects again.
 */
export const HomeView = () => {
  const t = useT();
  const hasOwn = listStaffSessions().length > 0 || hasRememberedProjects();
  return (
    <div className="page page--narrow">
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <CodeForm onCode={(code) => navigate(pagePaths.join(code))} />
      <section className="home-staff" aria-labelledby="home-staff-title">
        <h2 id="home-staff-title">{t('home.staffTitle')}</h2>
        <div className="button-row">
          <PageLink href={createPath} label={t('home.create')} />
          <PageLink href={createProjectPath} label={t('home.createProject')} />
        </div>
      </section>
      {hasOwn ? (
        <Suspense fallback={null}>
          <StaffSessionsList />
        </Suspense>
      ) : null}
    </div>
  );
};
