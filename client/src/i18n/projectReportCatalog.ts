import type { CatalogPart } from './load';

/**
 * The strings of the published project report's page (`/r/<code>`), one chunk per language, fetched with that page;
 * participants reach it from their session's summary, so it has plain-language versions too.
 */
export const projectReportCatalog: CatalogPart = {
  fi: () => import('./projectReport.fi').then((m) => m.publicReportFi),
  sv: () => import('./projectReport.sv').then((m) => m.publicReportSv),
  en: () => import('./projectReport.en').then((m) => m.publicReportEn),
  plain: {
    fi: () => import('./plain/projectReport.fi').then((m) => m.plainPublicReportFi),
    sv: () => import('./plain/projectReport.sv').then((m) => m.plainPublicReportSv),
  },
};
