import { coreFi } from './core.fi';
import { pagesFi } from './pages/fi';
import { staffFi } from './staff/fi';

/**
 * Every Finnish UI string: the source of truth for the keys (`MessageKey`) and for tests. The app itself never
 * imports this at run time: the entry has `coreFi`, the lazy staff and info-page chunks register their own parts.
 */
export const fi = { ...coreFi, ...staffFi, ...pagesFi } as const;

export type MessageKey = keyof typeof fi;
