import { Suspense } from 'react';
import { projectReportCatalog } from '../../i18n/projectReportCatalog';
import { staffCatalog } from '../../i18n/staffCatalog';
import { lazyView } from '../../routing/lazyView';
import { parseProjectRoute } from '../../routing/projectRoutes';
import { useT } from '../../state/useT';
import { NotFoundView } from '../home/NotFoundView';

/*
 * The project pages behind one small chunk, so that the phone's entry carries a single import for all of them (its
 * page weight): the owner's pages with the staff strings, the published report's page (which participants open)
 * with only its own few strings, each fetched side by side with its strings in the language shown.
 */
const ProjectPages = lazyView(() => import('./ProjectPages'), staffCatalog);
const PublicReportPage = lazyView(() => import('./PublicReportPage'), projectReportCatalog);

/**
 * `/new-project`, `/project/<id>`, `/project/<id>/report` and `/r/<code>`, from the address (the app re-renders this
 * on every navigation).
 */
const ProjectRoutes = () => {
  const t = useT();
  const route = parseProjectRoute(window.location.pathname, window.location.search);
  if (!route) return <NotFoundView />;
  return (
    <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
      {route.name === 'publicReport' ? (
        <PublicReportPage key={route.code} code={route.code} />
      ) : (
        <ProjectPages route={route} />
      )}
    </Suspense>
  );
};

export default ProjectRoutes;
