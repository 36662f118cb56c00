import { registerCatalog } from './t';
import { staffEn } from './staff/en';
import { staffFi } from './staff/fi';

// Imported for its effect by the staff and projector views (lazy chunks), so their strings are registered
// before they render and never reach the phone's entry chunk.
registerCatalog('fi', staffFi);
registerCatalog('en', staffEn);
