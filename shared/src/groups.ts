import type { GroupStep } from './setup.js';

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
export interface Idea {
  id: string;
  participantId: string;
  questionId: string;
  text: string;
  writtenAt: number;
}

/** One of the points a group chose; `ideaIds` are the presented ideas it gathers. */
export interface GroupPoint {
  id: string;
  groupId: string;
  questionId: string;
  text: string;
  ideaIds: string[];
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
  groupId: string;
  questionId: string;
  text: string;
}

export interface GroupsState {
  groups: Record<string, SmallGroup>;
  /** Group ids in creation order. */
  order: string[];
  /** Ideas this audience may see: a phone its own and its group's presented ones; staff the presented. */
  ideas: Record<string, Idea>;
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

export const emptyGroups: GroupsState = {
  groups: {},
  order: [],
  ideas: {},
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

export const groupKey = (groupId: string, questionId: string) => `${groupId}:${questionId}`;

export const groupQuestion = (g: GroupsState, groupId: string, questionId: string): GroupQuestionState =>
  g.byQuestion[groupKey(groupId, questionId)] ?? emptyGroupQuestion;

/** The group a participant is in, if any. */
export const groupOf = (g: GroupsState, participantId: string | null): SmallGroup | null => {
  if (!participantId) return null;
  for (const id of g.order) {
    const group = g.groups[id];
    if (group?.members.some((m) => m.id === participantId)) return group;
  }
  return null;
};

/** A group's points for one question, in the chair's order. */
export const pointsOf = (g: GroupsState, groupId: string, questionId: string): GroupPoint[] =>
  Object.values(g.points)
    .filter((p) => p.groupId === groupId && p.questionId === questionId)
    .sort((a, b) => a.order - b.order);

/** A member's ideas on one question that this audience can see, oldest first. */
export const ideasOf = (g: GroupsState, participantId: string, questionId: string): Idea[] =>
  Object.values(g.ideas)
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

export const groupProgress = (g: GroupsState, group: SmallGroup, questionId: string): GroupProgress => {
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

/** How the lead forms groups automatically. */
export type GroupFormation = 'stakeholder' | 'topic' | 'mixed';

/** A member's label when they gave no name: "Jäsen 2" is built by the UI from the position. */
export const memberPosition = (group: SmallGroup, participantId: string): number =>
  group.members.findIndex((m) => m.id === participantId) + 1;

/** Everything of one group a member who arrives in it needs, sent to them alone. */
export interface GroupSnapshot {
  group: SmallGroup;
  ideas: Idea[];
  points: GroupPoint[];
  byQuestion: Record<string, GroupQuestionState>;
  /** The group's chair, if their connection has dropped. */
  chairAway?: ChairAway | null;
}
