import type { CatalogPart } from './load';

/**
 * The strings of the aquarium phone (its top card, circle, thought form, own thoughts, dot vote), one chunk per
 * language, fetched before the aquarium phone shows (`ParticipantView`): a small-group phone carries none of them.
 */
export const nowCatalog: CatalogPart = {
  fi: () => import('./nowCard.fi').then((m) => m.nowCardFi),
  sv: () => import('./nowCard.sv').then((m) => m.nowCardSv),
  en: () => import('./nowCard.en').then((m) => m.nowCardEn),
  // Selkokieli and lättläst: what reads differently, fetched beside the Finnish or Swedish strings while plain is on.
  plain: {
    fi: () => import('./plain/nowCard.fi').then((m) => m.plainNowCardFi),
    sv: () => import('./plain/nowCard.sv').then((m) => m.plainNowCardSv),
  },
};
