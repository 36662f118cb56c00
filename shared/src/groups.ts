import type { GroupStep } from './setup.js';
import type { SessionState } from './state.js';
import { remainingMs } from './timer.js';

/**
 * The small-group method (DESIGN.md §2.2): per question, members write alone, present in turn, choose
 * the group's most important points together, and the chair records and returns them to the lead.
 */

/** A member as the group (and staff) see them: a name only if they gave one. */
export interface GroupMember {
  id: string;
  name: string | null;
}

export interface SmallGroup {
  id: string;
  name: string;
  chairId: string | null;
  /** Members in the order they came to the group (also the presenting order the chair sees). */
  members: GroupMember[];
  createdAt: number;
}

/** What a member wrote alone: only its author sees it until the chair calls them to present. */
export interface SoloThought {
  id: string;
  participantId: string;
  questionId: string;
  text: string;
  writtenAt: number;
}

/** One of the points a group chose; `soloThoughtIds` are the presented solo thoughts it gathers. */
export interface GroupPoint {
  id: string;
  smallGroupId: string;
  questionId: string;
  text: string;
  soloThoughtIds: string[];
  order: number;
}

/** The dot vote a chair asked the group for, on the points of one question. */
export interface GroupVote {
  dots: number;
  status: 'open' | 'closed';
  /** Dots per member: staff see all, a phone only its own. */
  allocations: Record<string, Record<string, number>>;
  /** Points per target once the chair closed the vote (everyone in the group). */
  totals: Record<string, number> | null;
}

/** The chair's record for one question: a draft saved as it is written, and what was returned. */
export interface GroupRecord {
  draft: string;
  returned: string | null;
  returnedAt: number | null;
}

/** Per group and question (see `groupKey`): who presented, the vote, the record. */
export interface GroupQuestionState {
  presented: string[];
  vote: GroupVote | null;
  record: GroupRecord;
  /** The step the chair (or the lead, for this group alone) moved the group to; null: the lead's step. */
  step: GroupStep | null;
  /** Minutes the lead gave this group beyond the step's time. */
  extraMinutes: number;
}

/** A chair whose connection dropped: since when (server time), and the member offered the chair. */
export interface ChairAway {
  participantId: string;
  since: number;
  offeredTo: string | null;
}

/** A group's returned record that the lead put on the projector. */
export interface ShownRecord {
  smallGroupId: string;
  questionId: string;
  text: string;
}

export interface SmallGroupsState {
  groups: Record<string, SmallGroup>;
  /** Group ids in creation order. */
  order: string[];
  /** Solo thoughts this audience may see: a phone its own and its group's presented ones; staff the presented. */
  soloThoughts: Record<string, SoloThought>;
  points: Record<string, GroupPoint>;
  byQuestion: Record<string, GroupQuestionState>;
  /** Ids of removed groups: a new group never gets one again. */
  retired: string[];
  /** Per group, the members who left it: its removal still reaches their phones. */
  former: Record<string, string[]>;
  /** Thoughts written alone per `participantId:questionId`: a count (staff and projector never get the text). */
  written: Record<string, number>;
  /** Server time of each group's last step in its work, for the lead's idle flag. */
  activeAt: Record<string, number>;
  /** Groups whose chair's connection dropped. */
  chairAway: Record<string, ChairAway>;
  /** What the projector shows of the groups' words: nothing, or one returned record. */
  shown: ShownRecord | null;
}

export const emptyGroups: SmallGroupsState = {
  groups: {},
  order: [],
  soloThoughts: {},
  points: {},
  byQuestion: {},
  retired: [],
  former: {},
  written: {},
  activeAt: {},
  chairAway: {},
  shown: null,
};

export const emptyGroupQuestion: GroupQuestionState = {
  presented: [],
  vote: null,
  record: { draft: '', returned: null, returnedAt: null },
  step: null,
  extraMinutes: 0,
};

/** Key of a member's count of thoughts written alone on one question. */
export const writtenKey = (participantId: string, questionId: string) => `${participantId}:${questionId}`;

export const groupKey = (smallGroupId: string, questionId: string) => `${smallGroupId}:${questionId}`;

export const groupQuestion = (g: SmallGroupsState, smallGroupId: string, questionId: string): GroupQuestionState =>
  g.byQuestion[groupKey(smallGroupId, questionId)] ?? emptyGroupQuestion;

/** The group a participant is in, if any. */
export const groupOf = (g: SmallGroupsState, participantId: string | null): SmallGroup | null => {
  if (!participantId) return null;
  for (const id of g.order) {
    const group = g.groups[id];
    if (group?.members.some((m) => m.id === participantId)) return group;
  }
  return null;
};

/** A group's points for one question, in the chair's order. */
export const pointsOf = (g: SmallGroupsState, smallGroupId: string, questionId: string): GroupPoint[] =>
  Object.values(g.points)
    .filter((p) => p.smallGroupId === smallGroupId && p.questionId === questionId)
    .sort((a, b) => a.order - b.order);

/** A member's solo thoughts on one question that this audience can see, oldest first. */
export const soloThoughtsOf = (g: SmallGroupsState, participantId: string, questionId: string): SoloThought[] =>
  Object.values(g.soloThoughts)
    .filter((i) => i.participantId === participantId && i.questionId === questionId)
    .sort((a, b) => a.writtenAt - b.writtenAt);

/** Live totals of a group vote: the closed totals, or summed allocations (staff). */
export const groupVoteTotals = (vote: GroupVote): Record<string, number> => {
  if (vote.totals) return vote.totals;
  const totals: Record<string, number> = {};
  for (const allocation of Object.values(vote.allocations)) {
    for (const [target, n] of Object.entries(allocation)) totals[target] = (totals[target] ?? 0) + n;
  }
  return totals;
};

/** How the lead forms groups automatically. */
export type GroupFormation = 'stakeholder' | 'developmentTheme' | 'mixed';

/** A member's label when they gave no name: "Jäsen 2" is built by the UI from the position. */
export const memberPosition = (group: SmallGroup, participantId: string): number =>
  group.members.findIndex((m) => m.id === participantId) + 1;

/** Everything of one group a member who arrives in it needs, sent to them alone. */
export interface GroupSnapshot {
  group: SmallGroup;
  soloThoughts: SoloThought[];
  points: GroupPoint[];
  byQuestion: Record<string, GroupQuestionState>;
  /** The group's chair, if their connection has dropped. */
  chairAway?: ChairAway | null;
}

/* Each group's own pace inside the lead's frame (the phone needs these; the lead's views see groupPace.ts). */

/** The steps of one question, in order. */
export const groupSteps: readonly GroupStep[] = ['write', 'present', 'choose', 'record'];

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
export const groupStepNow = (s: SessionState, smallGroupId: string): { questionId: string; step: GroupStep } | null => {
  const frame = leadFrame(s);
  if (!frame) return null;
  const own = groupQuestion(s.groups, smallGroupId, frame.questionId).step;
  return { questionId: frame.questionId, step: own ? laterStep(own, frame.step) : frame.step };
};

/**
 * The lead's time box for the question in focus, left now: the running step's time plus the planned minutes
 * of the question's later steps (a group may spend it at its own pace), plus any time given to this group.
 */
export const groupTimeLeftMs = (s: SessionState, smallGroupId: string, now: number): number | null => {
  const frame = leadFrame(s);
  if (!frame || !s.timer || s.currentPhase === null) return null;
  let ms = remainingMs(s.timer, now);
  for (let i = s.currentPhase + 1; i < s.setup.phases.length; i++) {
    const phase = s.setup.phases[i]!;
    if (phase.questionIds[0] !== frame.questionId) break;
    ms += phase.plannedMinutes * 60_000;
  }
  return ms + groupQuestion(s.groups, smallGroupId, frame.questionId).extraMinutes * 60_000;
};
