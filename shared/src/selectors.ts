import type { Circle, Phase, Question } from './setup.js';
import type { SessionState } from './state.js';

/** The phase running now, if any. */
export const currentPhase = (s: SessionState): Phase | null =>
  s.currentPhase === null ? null : (s.setup.phases[s.currentPhase] ?? null);

/** The questions in focus in the current phase. */
export const focusQuestions = (s: SessionState): Question[] => {
  const phase = currentPhase(s);
  if (!phase) return [];
  return phase.questionIds.flatMap((id) => s.setup.questions.filter((q) => q.id === id));
};

/** What a circle does now: speak, listen, or nothing yet (lobby or ended). */
export type CircleActivity = 'speaks' | 'listens' | 'idle';

export const circleActivity = (s: SessionState, circle: Circle): CircleActivity => {
  const phase = currentPhase(s);
  if (!phase || s.status !== 'running') return 'idle';
  return phase.speaking === 'everyone' || phase.speaking === circle ? 'speaks' : 'listens';
};

export const participantsIn = (s: SessionState, circle: Circle | null) =>
  s.participantOrder.map((id) => s.participants[id]!).filter((p) => p && p.circle === circle);

/**
 * Whether a participant may ask for a turn (not the empty chair): a turn belongs to the speaking circle (everyone in
 * a phase where all speak); a facilitator's invitation lets anyone ask. The server refuses others with
 * `LISTENING_CIRCLE`; a listener's phone offers a thought for the next phase instead.
 */
export const mayAskForTurn = (s: SessionState, participantId: string): boolean => {
  if (s.status !== 'running') return false;
  if (s.turns.invited.includes(participantId)) return true;
  if (currentPhase(s)?.speaking === 'everyone') return true;
  const circle = s.participants[participantId]?.circle;
  return !!circle && circleActivity(s, circle) === 'speaks';
};
