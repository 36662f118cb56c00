import type { FundingMark } from './fundingMark.js';
import type { CaptureSettings, Note, PublicThought, Theme, Thought, Vote } from './capture.js';
import type { GoalRatingResult, GoalRatingValue, GoalTagKind } from './goals.js';
import type { GroupPoint, GroupSnapshot, SoloThought, SmallGroup } from './groups.js';
import type { ProjectorState } from './projector.js';
import type { Circle, GroupStep, SessionSetup } from './setup.js';
import type { SummaryDocument } from './summaryDocument.js';
import type { SummaryBackground } from './summaryDraft.js';
import type { PublicTurn, Turn } from './turns.js';

/** A participant as the server records them; the display name is optional (data minimisation). */
export interface Participant {
  id: string;
  displayName: string | null;
  stakeholderGroupId: string;
  /** Small groups: the development theme picked on joining, if the session offers any. */
  developmentThemeId?: string | null;
  circle: Circle | null;
  joinedAt: number;
}

/** Group events name the members who see them (`to`): the group's members when it happened. */
interface ToGroup {
  to: string[];
}

/** The body of every event type, keyed by its name. */
export interface EventBodies {
  /** The session exists, with its setup and join code. */
  'session.created': { setup: SessionSetup; joinCode: string };
  /** The facilitator changed questions, groups or the phase plan. */
  'session.setupUpdated': { setup: SessionSetup };
  /** Joining with the code was opened or closed. */
  'joining.set': { open: boolean };
  /** A participant joined from a phone. */
  'participant.joined': { participant: Omit<Participant, 'circle' | 'joinedAt'> };
  /** A participant was placed in a circle (or taken out of both with `null`). */
  'participant.seated': { participantId: string; circle: Circle | null };
  /** The session moved to the phase at `index` (0-based); its timer starts running. */
  'phase.entered': { index: number };
  /** The phase timer was paused. */
  'timer.paused': Record<string, never>;
  /** The phase timer was started again after a pause. */
  'timer.started': Record<string, never>;
  /** The phase timer was lengthened (or shortened, with a negative value). */
  'timer.extended': { ms: number };
  /** The session ended; nothing runs any more. */
  'session.ended': Record<string, never>;
  /** A facilitator chose what the projector shows (and whether it names the inner circle). */
  'screen.shown': { projector: ProjectorState };
  /** Days after the end when everything of the session is deleted (null: the server's default). */
  'session.retentionSet': { days: number };

  /** Facilitators changed how thoughts and notes are shown. */
  'settings.updated': { settings: CaptureSettings };

  /** The scribe (or a facilitator) wrote a note. */
  'note.added': { note: Omit<Note, 'versions' | 'deleted' | 'updatedAt'> };
  /** A note's text, question or theme changed; the reducer keeps the previous text. */
  'note.edited': { noteId: string; text?: string; questionId?: string };
  /** A note moved within its question. */
  'note.moved': { noteId: string; order: number };
  /** A note was struck out (kept, with its versions, but no longer shown). */
  'note.deleted': { noteId: string };
  /** A note was put under a theme, or taken out of one with `null`. */
  'note.themed': { noteId: string; themeId: string | null };

  /** A participant sent a thought (staff and its author only). */
  'thought.submitted': { thought: Thought };
  /** A facilitator approved or hid a thought (staff and its author only). */
  'thought.moderated': { thoughtId: string; participantId: string; status: 'approved' | 'hidden' };
  /** The author withdrew a thought (staff and its author only). */
  'thought.withdrawn': { thoughtId: string; participantId: string };
  /** A thought was pinned to, or unpinned from, the projector (staff and its author). */
  'thought.pinned': { thoughtId: string; participantId: string; pinned: boolean };
  /** A thought was put under a theme (staff and its author). */
  'thought.themed': { thoughtId: string; participantId: string; themeId: string | null };
  /** The public copy of an approved thought, new or changed (the projector; phones get a vote's thoughts with `vote.opened`). */
  'thought.published': { thought: PublicThought };
  /** An approved thought is no longer public (hidden or withdrawn): it leaves the projector and every vote's list. */
  'thought.unpublished': { thoughtId: string };

  /** A theme was created under a question. */
  'theme.created': { theme: Theme };
  /** A theme got a new name. */
  'theme.renamed': { themeId: string; name: string };
  /** Everything under `sourceId` now sits under `targetId`; the source is gone. */
  'theme.merged': { sourceId: string; targetId: string };
  /** A theme was removed; what was under it stays, without a theme. */
  'theme.deleted': { themeId: string };

  /** A dot vote opened; one on thoughts lists them in `vote.targets` (the question's published thoughts, at most 100). */
  'vote.opened': { vote: Omit<Vote, 'allocations' | 'revealed' | 'status'> };
  /** A participant placed their dots (staff and that participant only). */
  'vote.allocated': { voteId: string; participantId: string; allocation: Record<string, number> };
  /** A vote closed: no more dots. */
  'vote.closed': { voteId: string };
  /** How many people have placed dots in an open vote, for the projector's "vote now" view. */
  'vote.tallied': { voteId: string; voters: number };
  /** The totals, shown to everyone. */
  'vote.revealed': { voteId: string; totals: Record<string, number> };

  /** A participant asked for a turn to speak (staff and that participant). */
  'turn.requested': { participantId: string; emptyChair: boolean };
  /** A request left the queue: cancelled by its owner or dismissed by a facilitator. */
  'turn.withdrawn': { participantId: string };
  /** Facilitators reordered the queue (staff only). */
  'turn.queueReordered': { participantIds: string[] };
  /** A turn began (staff and the speaker). */
  'turn.started': { turn: Turn };
  /** The running turn ended (staff and the speaker). */
  'turn.ended': { turnId: string; participantId: string | null };
  /** Who speaks now, for the projector and phones. */
  'turn.announced': { turn: PublicTurn | null };
  /** A facilitator invited a participant who has not spoken yet (staff and that participant). */
  'turn.invited': { participantId: string };
  /** The phase changed and the facilitator's setting clears waiting requests: the queue is empty (staff and phones). */
  'turn.queueCleared': Record<string, never>;
  /**
   * The queue's order as phones see it: each request by its ticket (the sequence number of its `turn.requested`),
   * nobody named. A phone finds its own place in it (phones only).
   */
  'turn.queueShown': { tickets: number[] };
  /** The soft time limit per turn changed (null: none). */
  'turn.limitSet': { seconds: number | null };

  /** The facilitator's background for the summary (staff only, like every draft edit). */
  'summary.backgroundSet': { background: SummaryBackground };
  /** A consolidated text of the draft changed. */
  'summary.textSet': { key: string; text: string };
  /** The funding mark changed (always a PNG once stored), or was removed (null). */
  'summary.fundingMarkSet': { mark: FundingMark | null };
  /** A note or thought was left out of (or put back into) the summary. */
  'summary.itemExcluded': { itemId: string; excluded: boolean };
  /** Items of one scope were put in an order. */
  'summary.ordered': { scope: string; itemIds: string[] };
  /** The frozen document of a published version: stored, never broadcast; downloads read it. */
  'summary.snapshot': { version: number; document: SummaryDocument };
  /** A new version of the summary is out: every phone and the projector offer it. */
  'summary.published': { version: number; publishedAt: number };

  /** Small groups: a group was formed (empty; members arrive with `participant.grouped`). */
  'group.created': { group: Omit<SmallGroup, 'members' | 'chairId'> };
  /** A group formed with its members at once (the lead's automatic forming); they leave any other group. */
  'group.formed': { group: SmallGroup } & ToGroup;
  /** A small group got a new name. */
  'group.renamed': { smallGroupId: string; name: string } & ToGroup;
  /** A group was removed; its members are in no group. */
  'group.deleted': { smallGroupId: string } & ToGroup;
  /** A participant moved into a group (or out of every group with `null`); `to` covers both groups. */
  'participant.grouped': { participantId: string; name: string | null; smallGroupId: string | null } & ToGroup;
  /** Everything of a group, for the member who just arrived in it (that participant only). */
  'group.caughtUp': { participantId: string; snapshot: GroupSnapshot };
  /** The group's chair changed (null: none). */
  'group.chairSet': { smallGroupId: string; participantId: string | null } & ToGroup;
  /** A member wrote a thought alone (that participant only). */
  'soloThought.written': { soloThought: SoloThought };
  /** A member took back a thought before presenting it (that participant only). */
  'soloThought.withdrawn': { soloThoughtId: string; participantId: string };
  /** The chair called a member to present a question: the projector counts it. */
  'group.presented': { smallGroupId: string; questionId: string; participantId: string } & ToGroup;
  /** The presenter's solo thoughts, now visible to their group and staff. */
  'soloThought.revealed': { soloThoughts: SoloThought[] } & ToGroup;
  /** The chair added one of the group's points (the projector gets it without its text). */
  'point.added': { point: GroupPoint } & ToGroup;
  /** The chair rewrote a point (the group and staff only). */
  'point.edited': { pointId: string; text: string } & ToGroup;
  /** The source point's solo thoughts joined the target; the source is gone. */
  'point.merged': { sourceId: string; targetId: string } & ToGroup;
  /** The chair removed a point. */
  'point.deleted': { pointId: string } & ToGroup;
  /** The chair's order of a question's points; `pointIds` are in order. */
  'points.ordered': { smallGroupId: string; questionId: string; pointIds: string[] } & ToGroup;
  /** The chair opened a dot vote on the group's points of a question. */
  'groupVote.opened': { smallGroupId: string; questionId: string; dots: number } & ToGroup;
  /** A member placed their dots (staff and that member). */
  'groupVote.allocated': {
    smallGroupId: string;
    questionId: string;
    participantId: string;
    allocation: Record<string, number>;
  };
  /** The vote closed: the totals are shown to the group. */
  'groupVote.closed': { smallGroupId: string; questionId: string; totals: Record<string, number> } & ToGroup;
  /** The chair's record draft changed (staff and the group). */
  'group.recordDrafted': { smallGroupId: string; questionId: string; text: string } & ToGroup;
  /** The chair returned the record to the lead. */
  'group.returned': { smallGroupId: string; questionId: string; text: string } & ToGroup;
  /** How many thoughts a member has written alone on a question: a count for staff and the projector. */
  'soloThought.counted': { smallGroupId: string | null; questionId: string; participantId: string; written: number };
  /** The chair (or the lead, for this group alone) moved the group to a step on the question. */
  'group.stepSet': { smallGroupId: string; questionId: string; step: GroupStep } & ToGroup;
  /** The lead gave one group more time on a question (minutes in all beyond the step's time). */
  'group.timeGiven': { smallGroupId: string; questionId: string; extraMinutes: number } & ToGroup;
  /** The chair's connection dropped (`away`) or came back; `offeredTo` is the member offered the chair. */
  'group.chairAway': { smallGroupId: string; participantId: string; away: boolean; offeredTo: string | null } & ToGroup;
  /** The lead showed a group's returned record on the projector, or took it off (`smallGroupId` null). */
  'group.shown': { smallGroupId: string | null; questionId: string | null; text: string | null };

  /** A note, thought or theme was tagged to a goal of the plan, or untagged with `null` (staff only). */
  'goal.tagged': { kind: GoalTagKind; itemId: string; goalId: string | null };
  /** The facilitator opened the goal rating: phones may rate each goal now. */
  'goalRating.opened': Record<string, never>;
  /** The rating closed: the aggregated results, groups below the minimum merged or withheld (everyone). */
  'goalRating.closed': { results: GoalRatingResult[] };
  /** A participant's own ratings after a change: that phone only, never staff, the projector or another phone. */
  'goal.rated': { participantId: string; ratings: Record<string, GoalRatingValue> };
  /** How many people have rated at least one goal (staff and the projector). */
  'goalRating.tallied': { raters: number };
}

export type EventType = keyof EventBodies;

/** One persisted event: the per-session sequence number orders everything. */
export type SessionEvent = {
  [K in EventType]: { seq: number; at: number; type: K; data: EventBodies[K] };
}[EventType];

/** An event before the server gives it a sequence number and a time. */
export type NewEvent = { [K in EventType]: { type: K; data: EventBodies[K] } }[EventType];

export const newEvent = <K extends EventType>(type: K, data: EventBodies[K]) => ({ type, data }) as NewEvent;
