import { lazy, Suspense, useEffect } from 'react';
import { AppHeader } from '../components/AppHeader';
import { Notices } from '../components/Notices';
import { ViewBoundary } from '../components/ViewBoundary';
import { pagesCatalog } from '../i18n/pagesCatalog';
import { withoutSoftHyphens } from '../i18n/softHyphen';
import { staffCatalog } from '../i18n/staffCatalog';
import { useT } from '../state/useT';
import { useStore } from '../state/store';
import { InfoLinks } from '../views/info/InfoLinks';
import { NotFoundView } from '../views/home/NotFoundView';
import { JoinView } from '../views/phone/JoinView';
import { lazyView } from '../routing/lazyView';
import { useRoute } from '../routing/navigation';
import type { Route } from '../routing/route';

// Staff and projector views are separate chunks so that the phone page stays small; their strings too.
const CreateView = lazyView(() => import('../views/create/CreateView'), staffCatalog);
const FacilitatorView = lazyView(() => import('../views/facilitator/FacilitatorView'), staffCatalog);
const ScribeView = lazyView(() => import('../views/scribe/ScribeView'), staffCatalog);
const ScreenView = lazyView(() => import('../views/screen/ScreenView'), staffCatalog);
// The front page (enter a code, or start a session) is not the phone's: a phone comes by its link to /j/<code>. Its
// strings are the entry's.
const HomeView = lazy(() => import('../views/home/HomeView').then((m) => ({ default: m.HomeView })));
// The privacy and accessibility pages are long texts a phone rarely needs: a chunk of their own too.
const InfoView = lazyView(() => import('../views/info/InfoView'), pagesCatalog);

const View = ({ route }: { route: Route }) => {
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'create':
      return <CreateView createdId={route.createdId} />;
    case 'facilitator':
      return <FacilitatorView />;
    case 'scribe':
      return <ScribeView />;
    case 'screen':
      return <ScreenView />;
    case 'join':
      return <JoinView key={route.code} code={route.code} />;
    case 'privacy':
    case 'accessibility':
    case 'sessionDeleted':
      return <InfoView name={route.name} />;
    case 'notFound':
      return <NotFoundView />;
    default: {
      const unhandled: never = route;
      throw new Error(`unknown route ${JSON.stringify(unhandled)}`);
    }
  }
};

export const App = () => {
  const route = useRoute();
  const language = useStore((s) => s.language);
  const t = useT();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = withoutSoftHyphens(t('app.name'));
  }, [language, t]);

  return (
    <div className={`app app--${route.name}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <ViewBoundary t={t}>
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
            <View route={route} />
          </Suspense>
        </ViewBoundary>
      </main>
      {route.name === 'screen' ? null : <InfoLinks current={route.name} />}
      {/* A phone shows the notices at the top of its own screen (PhoneAlerts), not at the page bottom. */}
      {route.name === 'join' ? null : <Notices />}
    </div>
  );
};
