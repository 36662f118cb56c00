import type { CatalogPart } from './load';

/**
 * The strings of the staff and projector views (set-up, facilitator, scribe, projector), one chunk per language,
 * fetched beside the view (`App.tsx`): never in the phone's entry, and only in the language shown.
 */
export const staffCatalog: CatalogPart = {
  fi: () => import('./staff/fi').then((m) => m.staffFi),
  sv: () => import('./staff/sv').then((m) => m.staffSv),
  en: () => import('./staff/en').then((m) => m.staffEn),
};
