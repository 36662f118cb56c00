import type { CatalogPart } from './load';

/**
 * The long texts of the privacy and accessibility pages, one chunk per language, fetched beside the info view
 * (`App.tsx`) only when someone opens those pages.
 */
export const pagesCatalog: CatalogPart = {
  fi: () => import('./pages/fi').then((m) => m.pagesFi),
  sv: () => import('./pages/sv').then((m) => m.pagesSv),
  en: () => import('./pages/en').then((m) => m.pagesEn),
};
