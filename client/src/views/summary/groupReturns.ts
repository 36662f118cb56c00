import type { QuestionWork } from '../facilitator/groups/groupsModel';

/** One group's return on a question, as the lead reads it while compiling. */
export interface GroupReturn {
  groupId: string;
  group: string;
  work: QuestionWork;
}

/** Groups that returned something or chose points on the question; the others have nothing to compile. */
export const withReturns = (rows: readonly GroupReturn[]): GroupReturn[] =>
  rows.filter((r) => r.work.points.length > 0 || r.work.returned !== null);
