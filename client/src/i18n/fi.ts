import { coreFi } from './core.fi';
import { groupsFi } from './groups.fi';
import { joinClosedFi } from './joinClosed.fi';
import { publicReportFi } from './projectReport.fi';
import { nowCardFi } from './nowCard.fi';
import { pagesFi } from './pages/fi';
import { staffFi } from './staff/fi';

/**
 * Every Finnish UI string: the source of truth for the keys (`MessageKey`) and for tests. The app itself never
 * imports this at run time: the entry has `coreFi`; the lazy staff, info-page and small-group phone chunks register
 * their own parts.
 */
export const fi = {
  ...coreFi,
  ...staffFi,
  ...pagesFi,
  ...groupsFi,
  ...nowCardFi,
  ...joinClosedFi,
  ...publicReportFi,
} as const;

export type MessageKey = keyof typeof fi;
