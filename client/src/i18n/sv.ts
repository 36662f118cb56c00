import { coreSv } from './core.sv';
import type { MessageKey } from './fi';
import { groupsSv } from './groups.sv';
import { joinClosedSv } from './joinClosed.sv';
import { publicReportSv } from './projectReport.sv';
import { nowCardSv } from './nowCard.sv';
import { pagesSv } from './pages/sv';
import { staffSv } from './staff/sv';

/**
 * Every Swedish UI string, for tests; `satisfies` keeps the keys exactly those of the Finnish catalog. The app
 * loads Swedish in parts, each with the chunk that uses it (`load.ts`).
 */
export const sv = {
  ...coreSv,
  ...staffSv,
  ...pagesSv,
  ...groupsSv,
  ...nowCardSv,
  ...joinClosedSv,
  ...publicReportSv,
} satisfies Record<MessageKey, string>;
