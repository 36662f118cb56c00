import { registerCatalog } from './t';
import { pagesEn } from './pages/en';
import { pagesFi } from './pages/fi';

// Imported for its effect by the lazy info-page chunk: the long privacy and accessibility texts load only
// when someone opens those pages.
registerCatalog('fi', pagesFi);
registerCatalog('en', pagesEn);
