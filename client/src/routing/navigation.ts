import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

const snapshot = () => window.location.pathname + window.location.search;

/** The current route; re-renders on back/forward and on `navigate`. */
export const useRoute = (): Route => {
  const key = useSyncExternalStore(subscribe, snapshot);
  const [pathname = '/', search = ''] = key.split(/(?=\?)/);
  return parseRoute(pathname, search);
};

/** In-app navigation without a reload. Links to another origin are opened normally. */
export const navigate = (url: string) => {
  const target = new URL(url, window.location.href);
  if (target.origin !== window.location.origin) {
    window.location.assign(target.href);
    return;
  }
  history.pushState(null, '', target.pathname + target.search + target.hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
};
