import type { CatalogPart } from './load';
import { plainCore } from './plain';

/**
 * The strings of the aquarium phone's top card, one chunk per language, fetched beside the card itself
 * (`AquariumPhone`): a small-group phone carries neither.
 */
export const nowCatalog: CatalogPart = {
  fi: () => import('./nowCard.fi').then((m) => m.nowCardFi),
  sv: () => import('./nowCard.sv').then((m) => m.nowCardSv),
  en: () => import('./nowCard.en').then((m) => m.nowCardEn),
  // Their plain versions are in the entry's plain-language chunk.
  plain: plainCore,
};
