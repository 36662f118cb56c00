import type { CatalogPart } from './load';

/**
 * The strings of the phone's small-group view, one chunk per language: the view's loader fetches the one shown
 * beside the view itself (`ParticipantView`), so neither reaches the aquarium phone, and a phone never fetches a
 * language it does not show. In plain language (Finnish, Swedish) the plain version comes beside the standard one.
 */
export const groupsCatalog: CatalogPart = {
  fi: () => import('./groups.fi').then((m) => m.groupsFi),
  sv: () => import('./groups.sv').then((m) => m.groupsSv),
  en: () => import('./groups.en').then((m) => m.groupsEn),
  // Selkokieli and lättläst: what reads differently, fetched beside the Finnish or Swedish strings while plain is on.
  plain: {
    fi: () => import('./plain/groups.fi').then((m) => m.plainGroupsFi),
    sv: () => import('./plain/groups.sv').then((m) => m.plainGroupsSv),
  },
};
