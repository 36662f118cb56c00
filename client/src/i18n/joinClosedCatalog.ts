import type { CatalogPart } from './load';

/** The strings of the page shown while joining is closed, one chunk per language, fetched with that page. */
export const joinClosedCatalog: CatalogPart = {
  fi: () => import('./joinClosed.fi').then((m) => m.joinClosedFi),
  sv: () => import('./joinClosed.sv').then((m) => m.joinClosedSv),
  en: () => import('./joinClosed.en').then((m) => m.joinClosedEn),
  // Selkokieli and lättläst, fetched beside the Finnish or Swedish strings while plain language is on.
  plain: {
    fi: () => import('./plain/joinClosed.fi').then((m) => m.plainJoinClosedFi),
    sv: () => import('./plain/joinClosed.sv').then((m) => m.plainJoinClosedSv),
  },
};
