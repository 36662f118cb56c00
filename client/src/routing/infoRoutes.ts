/** The information pages every visitor can reach (privacy, accessibility) and the page after deletion. */
export const infoPaths = {
  privacy: '/privacy',
  accessibility: '/accessibility',
  sessionDeleted: '/deleted',
} as const;

export type InfoRoute = { name: keyof typeof infoPaths };

/** The info page at a normalised path (no trailing slash), or null. */
export const infoRoute = (path: string): InfoRoute | null => {
  for (const name of Object.keys(infoPaths) as (keyof typeof infoPaths)[]) {
    if (infoPaths[name] === path) return { name };
  }
  return null;
};

/** Marks history entries pushed by the info links, so the page knows "back" returns into the app. */
const BACK_MARK = 'aquarium.infoBack';

const go = (path: string, replace: boolean) => {
  const state = replace ? null : { [BACK_MARK]: true };
  if (replace) history.replaceState(state, '', path);
  else history.pushState(state, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
};

/** Opens an info page in the app; "back" returns to where the visitor was (e.g. the phone's session). */
export const openInfoPage = (path: string) => go(path, false);

/** Replaces the current page (no way back to a page that no longer works). */
export const replaceWithInfoPage = (path: string) => go(path, true);

export const cameFromApp = (): boolean =>
  typeof history.state === 'object' && history.state !== null && BACK_MARK in history.state;
