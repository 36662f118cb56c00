/**
 * What the lead (and the server) need of the small groups' pace: each group's progress in counts, when a
 * group counts as idle, and when a dropped chair may be replaced. The steps themselves are in groups.ts.
 */
import {
  chairGraceMs,
  groupQuestion,
  leadFrame,
  pointsOf,
  writtenKey,
  type SmallGroupsState,
  type SmallGroup,
} from './groups.js';
import type { SessionState } from './state.js';

/** A group with no step forward for this long (while its record is not returned) is flagged to the lead. */
export const groupIdleMs = 3 * 60_000;

/** How far a group is with one question, for the lead's console and the projector: counts, never texts. */
export interface GroupProgress {
  members: number;
  /** Thoughts the members wrote alone (presented or not). */
  written: number;
  presented: number;
  points: number;
  /** Members who placed dots in the group's vote (staff only; the projector does not see dots). */
  votesCast: number;
  voting: boolean;
  /** The chair has started the record (staff only). */
  recordStarted: boolean;
  returned: boolean;
  /** Minutes the lead gave this group beyond the step's time. */
  extraMinutes: number;
}

export const groupProgress = (g: SmallGroupsState, group: SmallGroup, questionId: string): GroupProgress => {
  const q = groupQuestion(g, group.id, questionId);
  const isMember = (id: string) => group.members.some((m) => m.id === id);
  return {
    members: group.members.length,
    written: group.members.reduce((n, m) => n + (g.written[writtenKey(m.id, questionId)] ?? 0), 0),
    presented: q.presented.filter(isMember).length,
    points: pointsOf(g, group.id, questionId).length,
    votesCast: q.vote ? Object.keys(q.vote.allocations).filter(isMember).length : 0,
    voting: q.vote?.status === 'open',
    recordStarted: q.record.draft.trim() !== '' || q.record.returnedAt !== null,
    returned: q.record.returnedAt !== null,
    extraMinutes: q.extraMinutes,
  };
};

/** Server time the running phase began (its timer's start), or null while none runs. */
const phaseStart = (s: SessionState): number | null =>
  s.timer?.runningSince != null ? s.timer.runningSince - s.timer.elapsedMs : null;

/** Since when a group has done nothing: its last step in its work, or the start of the lead's step. */
export const groupActiveAt = (s: SessionState, group: SmallGroup): number =>
  Math.max(s.groups.activeAt[group.id] ?? group.createdAt, phaseStart(s) ?? 0);

/** Whether the lead should look at a group: a step runs, its record is not back, and it has been quiet. */
export const isGroupIdle = (s: SessionState, group: SmallGroup, now: number): boolean => {
  const frame = leadFrame(s);
  if (!frame || group.members.length === 0 || s.timer?.runningSince == null) return false;
  if (groupQuestion(s.groups, group.id, frame.questionId).record.returnedAt !== null) return false;
  return now - groupActiveAt(s, group) >= groupIdleMs;
};

/** Whether a member may take the chair now: there is none, or the chair's connection has been gone a while. */
export const chairIsOpen = (g: SmallGroupsState, group: SmallGroup, now: number): boolean => {
  if (group.chairId === null) return true;
  const away = g.chairAway[group.id];
  return away !== undefined && away.participantId === group.chairId && now - away.since >= chairGraceMs;
};

/** The member offered the chair when it drops: the next one after the chair (in the group's order) who is online. */
export const nextChair = (group: SmallGroup, online: ReadonlySet<string>): string | null => {
  const at = group.members.findIndex((m) => m.id === group.chairId);
  for (let i = 1; i < group.members.length; i++) {
    const member = group.members[(at + i) % group.members.length]!;
    if (member.id !== group.chairId && online.has(member.id)) return member.id;
  }
  return null;
};
