import type { QuestionWork } from '../facilitator/groups/groupsModel';

/** One group's return on a question, as the lead reads it while compiling. */
export interface GroupReturn {
  smallGroupId: string;
  group: string;
  work: QuestionWork;
}

/**
 * Groups that returned something, chose points or have an unreturned draft on the question; the others have
 * nothing to compile. A draft is shown because the summary only carries what was returned.
 */
export const withReturns = (rows: readonly GroupReturn[]): GroupReturn[] =>
  rows.filter((r) => r.work.points.length > 0 || r.work.returned !== null || r.work.draft !== null);
