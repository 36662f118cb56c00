/** A scribe's note, tied to the phase it was written in and the question in focus. */
export interface Note {
  id: string;
  phaseId: string | null;
  questionId: string;
  themeId: string | null;
  text: string;
  /** Sort key within its question; the server picks values between neighbours on a move. */
  order: number;
  createdAt: number;
  updatedAt: number;
  /** Earlier texts, oldest first: an edit never loses what was there. */
  versions: { text: string; at: number }[];
  deleted: boolean;
}

export type ThoughtStatus = 'pending' | 'approved' | 'hidden' | 'withdrawn';

/** A participant's thought as facilitators (and its own author) see it. */
export interface Thought {
  id: string;
  participantId: string;
  stakeholderGroupId: string;
  questionId: string;
  phaseId: string | null;
  text: string;
  /** The author's name, only when they chose to show it. */
  authorName: string | null;
  status: ThoughtStatus;
  pinned: boolean;
  themeId: string | null;
  submittedAt: number;
}

/** An approved thought as the projector and the phones see it: no author unless they chose to show it. */
export type PublicThought = Pick<
  Thought,
  'id' | 'stakeholderGroupId' | 'questionId' | 'text' | 'authorName' | 'pinned' | 'themeId' | 'submittedAt'
>;

export const publicThought = (t: Thought): PublicThought => ({
  id: t.id,
  stakeholderGroupId: t.stakeholderGroupId,
  questionId: t.questionId,
  text: t.text,
  authorName: t.authorName,
  pinned: t.pinned,
  themeId: t.themeId,
  submittedAt: t.submittedAt,
});

/** A heading under an evaluation question that gathers notes and thoughts. */
export interface Theme {
  id: string;
  questionId: string;
  name: string;
  createdAt: number;
}

export type VoteTargetKind = 'theme' | 'thought';

/** A published thought on a dot vote's list, as every phone receives it with the vote. */
export interface VoteTarget {
  id: string;
  text: string;
}

/** A dot vote over the themes or thoughts of one question. */
export interface Vote {
  id: string;
  questionId: string;
  targetKind: VoteTargetKind;
  dots: number;
  status: 'open' | 'closed';
  openedAt: number;
  /** Dots per participant (staff see all; a phone sees only its own). */
  allocations: Record<string, Record<string, number>>;
  /** Totals per target, once revealed (everyone) — staff compute live totals from allocations. */
  revealed: Record<string, number> | null;
  /** People who have placed dots, as the projector counts them (staff count `allocations`). */
  voters?: number;
  /**
   * A vote on thoughts: the question's published thoughts when it opened, oldest first (at most
   * `limits.maxVoteThoughts`); one hidden or withdrawn since leaves the list. Phones receive published
   * thoughts only this way. Absent on a vote on themes (its targets are the question's themes as they are
   * now) and on a vote on thoughts stored before this field existed (the question's approved thoughts now).
   */
  targets?: VoteTarget[];
}

/** Session settings the facilitator can change while it runs. */
export interface CaptureSettings {
  /** Thoughts wait for a facilitator's approval before the projector and phones show them. */
  thoughtsNeedApproval: boolean;
  /** The projector shows the scribe's notes. */
  showNotesOnScreen: boolean;
  /**
   * An open aquarium (DESIGN.md §2.1): the speaking circle keeps one empty chair, and a listener may ask to take
   * it for a turn. Off by default, the classic aquarium; older sessions without the setting count as off.
   */
  openChair: boolean;
  /**
   * What happens to waiting requests for a turn when the phase changes: `clear` (the default: a request belongs to
   * the phase it was made in) or `keep`. Older sessions without the setting count as `clear`.
   */
  queueAtPhaseChange?: QueueAtPhaseChange;
}

/** The facilitator's choice for waiting turn requests at a phase change. */
export type QueueAtPhaseChange = 'keep' | 'clear';

export const defaultCaptureSettings: CaptureSettings = {
  thoughtsNeedApproval: true,
  showNotesOnScreen: false,
  openChair: false,
  queueAtPhaseChange: 'clear',
};

/** The session's rule for waiting turn requests at a phase change. */
export const queueAtPhaseChange = (settings: CaptureSettings): QueueAtPhaseChange =>
  settings.queueAtPhaseChange ?? 'clear';

/** Live totals of a vote from its allocations. */
export const voteTotals = (vote: Vote): Record<string, number> => {
  if (vote.revealed) return vote.revealed;
  const totals: Record<string, number> = {};
  for (const allocation of Object.values(vote.allocations)) {
    for (const [target, n] of Object.entries(allocation)) totals[target] = (totals[target] ?? 0) + n;
  }
  return totals;
};

/** Limits a participant meets, with a clear message when exceeded. */
export const limits = {
  thoughtLength: 1000,
  noteLength: 5000,
  thoughtsPerMinute: 10,
  themeNameLength: 120,
  maxDots: 10,
  /** The most thoughts a dot vote can list (more: sort them under themes and vote on those). */
  maxVoteThoughts: 100,
};
