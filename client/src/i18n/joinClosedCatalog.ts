import type { CatalogPart } from './load';
import { plainCore } from './plain';

/** The strings of the page shown while joining is closed, one chunk per language, fetched with that page. */
export const joinClosedCatalog: CatalogPart = {
  fi: () => import('./joinClosed.fi').then((m) => m.joinClosedFi),
  sv: () => import('./joinClosed.sv').then((m) => m.joinClosedSv),
  en: () => import('./joinClosed.en').then((m) => m.joinClosedEn),
  // Their plain versions are in the entry's plain-language chunk.
  plain: plainCore,
};
