import type { CaptureSettings, Note, PublicThought, Theme, Thought, Vote } from './capture.js';
import type { Participant } from './events.js';
import type { SmallGroupsState } from './groups.js';
import type { ProjectorState } from './projector.js';
import type { SessionSetup } from './setup.js';
import type { SummaryDraft } from './summaryDraft.js';
import type { PhaseTimer } from './timer.js';
import type { TurnsState } from './turns.js';

export type SessionStatus = 'lobby' | 'running' | 'ended';

/** Session state as one audience sees it: folded by the same reducer on the server and every client. */
export interface SessionState {
  /** Sequence number of the last event folded in. */
  seq: number;
  setup: SessionSetup;
  joinCode: string;
  joiningOpen: boolean;
  status: SessionStatus;
  /** Participants this audience may see (a phone sees only itself). */
  participants: Record<string, Participant>;
  /** Join order of the participants above. */
  participantOrder: string[];
  /** Index into `setup.phases`, or null before the first phase. */
  currentPhase: number | null;
  timer: PhaseTimer | null;
  /** Actual running time per phase id, for the timeline (planned vs actual). */
  actualMsByPhase: Record<string, number>;
  startedAt: number | null;
  endedAt: number | null;
  settings: CaptureSettings;
  /** The scribe's notes (staff and projector). */
  notes: Record<string, Note>;
  /** Full thoughts: every one for staff, a phone's own for a phone, none for the projector. */
  thoughts: Record<string, Thought>;
  /** Approved thoughts as the projector and phones see them. */
  publicThoughts: Record<string, PublicThought>;
  themes: Record<string, Theme>;
  votes: Record<string, Vote>;
  turns: TurnsState;
  /** Gentle signal after this many seconds of one turn; null for none. */
  turnSoftLimitSeconds: number | null;
  /** Days after the end when the session's data is deleted; null: the server's default. */
  retentionDays: number | null;
  /** Draft edits (staff) and published versions (everyone). */
  summary: SummaryDraft;
  /** What the projector shows, as the facilitators chose it. */
  projector: ProjectorState;
  /** Small groups: every group for staff and the projector, a phone's own group for a phone. */
  groups: SmallGroupsState;
}
