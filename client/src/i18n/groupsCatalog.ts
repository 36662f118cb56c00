import { groupsEn } from './groups.en';
import { groupsFi } from './groups.fi';
import { registerCatalog } from './t';

// Imported for its effect by the phone's small-group view (a lazy chunk), so its strings are registered before
// it renders and never reach the phone's entry chunk (the aquarium phone does not need them).
registerCatalog('fi', groupsFi);
registerCatalog('en', groupsEn);
