/**
 * Each small group's own pace inside the lead's frame: the lead's phase names the question and the step
 * every group has reached at least; a group's chair moves it further on its own. Also when a group counts
 * as idle, and when a dropped chair may be replaced.
 */
import { groupQuestion, type GroupsState, type SmallGroup } from './groups.js';
import type { GroupStep } from './setup.js';
import type { SessionState } from './state.js';
import { remainingMs } from './timer.js';

/** The steps of one question, in order. */
export const groupSteps: readonly GroupStep[] = ['write', 'present', 'choose', 'record'];

/** A group with no step forward for this long (while its record is not returned) is flagged to the lead. */
export const groupIdleMs = 3 * 60_000;

/** How long members wait for a dropped chair before any of them may take the chair. */
export const chairGraceMs = 5_000;

const rank = (step: GroupStep) => groupSteps.indexOf(step);

/** The later of two steps. */
export const laterStep = (a: GroupStep, b: GroupStep): GroupStep => (rank(a) >= rank(b) ? a : b);

/** The step after this one, or null after recording. */
export const nextStep = (step: GroupStep): GroupStep | null => groupSteps[rank(step) + 1] ?? null;

/** The lead's frame now: the question of the running step and the step every group has reached at least. */
export const leadFrame = (s: SessionState): { questionId: string; step: GroupStep } | null => {
  if (s.status !== 'running' || s.currentPhase === null) return null;
  const phase = s.setup.phases[s.currentPhase];
  const questionId = phase?.questionIds[0];
  return phase?.step && questionId ? { questionId, step: phase.step } : null;
};

/** Where one group is now: the lead's question, and the lead's step or the later one its chair moved to. */
export const groupStepNow = (s: SessionState, groupId: string): { questionId: string; step: GroupStep } | null => {
  const frame = leadFrame(s);
  if (!frame) return null;
  const own = groupQuestion(s.groups, groupId, frame.questionId).step;
  return { questionId: frame.questionId, step: own ? laterStep(own, frame.step) : frame.step };
};

/**
 * The lead's time box for the question in focus, left now: the running step's time plus the planned minutes
 * of the question's later steps (a group may spend it at its own pace), plus any time given to this group.
 */
export const groupTimeLeftMs = (s: SessionState, groupId: string, now: number): number | null => {
  const frame = leadFrame(s);
  if (!frame || !s.timer || s.currentPhase === null) return null;
  let ms = remainingMs(s.timer, now);
  for (let i = s.currentPhase + 1; i < s.setup.phases.length; i++) {
    const phase = s.setup.phases[i]!;
    if (phase.questionIds[0] !== frame.questionId) break;
    ms += phase.plannedMinutes * 60_000;
  }
  return ms + groupQuestion(s.groups, groupId, frame.questionId).extraMinutes * 60_000;
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
export const chairIsOpen = (g: GroupsState, group: SmallGroup, now: number): boolean => {
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
