import { coreEn } from './core.en';
import type { MessageKey } from './fi';
import { groupsEn } from './groups.en';
import { joinClosedEn } from './joinClosed.en';
import { publicReportEn } from './projectReport.en';
import { nowCardEn } from './nowCard.en';
import { pagesEn } from './pages/en';
import { staffEn } from './staff/en';

/**
 * Every English UI string, for tests; `satisfies` keeps the keys exactly those of the Finnish catalog. The app
 * loads English in parts, each with the chunk that uses it (`load.ts`).
 */
export const en = {
  ...coreEn,
  ...staffEn,
  ...pagesEn,
  ...groupsEn,
  ...nowCardEn,
  ...joinClosedEn,
  ...publicReportEn,
} satisfies Record<MessageKey, string>;
