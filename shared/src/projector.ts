// No zod here: the reducer (and so every phone) imports this file; the command's schema is in `commands.ts`.

/**
 * What the projector shows, chosen by a facilitator: the phase view (default), the approved thoughts, an open
 * vote, a vote's results, the join code, the published summary's QR code, or nothing (a pause screen).
 */
export const projectorModes = ['phase', 'thoughts', 'vote', 'results', 'joinCode', 'summaryQr', 'blank'] as const;
export type ProjectorMode = (typeof projectorModes)[number];

/** The projector as the facilitators set it; every projector (and a reconnecting one) follows it. */
export interface ProjectorState {
  mode: ProjectorMode;
  /** The vote shown in `vote` or `results` mode; null: the newest one. */
  voteId: string | null;
  /** The inner circle's names on the projector; off by default (only the count is shown). */
  showNames: boolean;
}

export const defaultProjector: ProjectorState = { mode: 'phase', voteId: null, showNames: false };

/**
 * Modes that belong to one moment: a new phase brings the projector back to the phase view, so a vote's results
 * do not stay on the wall through the phases that follow.
 */
export const momentaryModes: readonly ProjectorMode[] = ['vote', 'results', 'thoughts'];
