import { Suspense } from 'react';
import { projectReportCatalog } from '../../i18n/projectReportCatalog';
import { lazyView } from '../../routing/lazyView';
import { useT } from '../../state/useT';

// The page and its strings (in the language shown) load side by side; the catalog's loaders stay out of the entry.
const PublicReportPage = lazyView(() => import('./PublicReportPage'), projectReportCatalog);

/** `/r/<code>`: the published project report's page (participants open it from their session's summary). */
const PublicReportRoute = ({ code }: { code: string }) => {
  const t = useT();
  return (
    <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
      <PublicReportPage code={code} />
    </Suspense>
  );
};

export default PublicReportRoute;
