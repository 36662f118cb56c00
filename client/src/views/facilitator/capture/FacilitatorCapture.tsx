import '../../capture/styles';
import { NotesBoard } from './NotesBoard';
import { ThoughtsPanel } from './ThoughtsPanel';
import { VotePanel } from './VotePanel';

/** Live capture in the facilitator's console: moderation, notes under themes, and dot votes. */
export const FacilitatorCapture = () => (
  <div className="facilitator-capture">
    <ThoughtsPanel />
    <NotesBoard />
    <VotePanel />
  </div>
);
