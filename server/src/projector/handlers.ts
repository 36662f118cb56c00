import { ErrorCode, newEvent, type AppError, type ProjectorState, type SessionState } from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

const refuse = (message: string): AppError => ({ code: ErrorCode.InvalidState, message });

/** The vote a mode needs, or why the projector cannot show it. */
const voteFor = (s: SessionState, mode: 'vote' | 'results', voteId: string | null | undefined): string | AppError => {
  const votes = Object.values(s.votes).sort((a, b) => b.openedAt - a.openedAt);
  const vote = voteId ? s.votes[voteId] : mode === 'results' ? votes.find((v) => v.revealed) : votes[0];
  if (!vote) return voteId ? { code: ErrorCode.NotFound, message: 'no such vote' } : refuse('there is no vote to show');
  if (mode === 'results' && !vote.revealed) return refuse('reveal the results before showing them');
  return vote.id;
};

/** What the projector shows: one mode at a time, the same on every projector of the session. */
export const projectorHandlers: HandlerGroup<'screen:show'> = {
  'screen:show': (s, { mode, voteId, showNames }) => {
    if (mode === 'summaryQr' && s.summary.versions.length === 0) {
      return refuse('the summary has not been published yet');
    }
    let chosenVote: string | null = null;
    if (mode === 'vote' || mode === 'results') {
      const found = voteFor(s, mode, voteId);
      if (typeof found !== 'string') return found;
      chosenVote = found;
    }
    const projector: ProjectorState = { mode, voteId: chosenVote, showNames: showNames ?? s.projector.showNames };
    const same =
      projector.mode === s.projector.mode &&
      projector.voteId === s.projector.voteId &&
      projector.showNames === s.projector.showNames;
    return same ? [] : [newEvent('screen.shown', { projector })];
  },
};
