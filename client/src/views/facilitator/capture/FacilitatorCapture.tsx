import '../../capture/styles';
import { useStore } from '../../../state/store';
import { GoalRatingPanel } from './GoalRatingPanel';
import { NotesBoard } from './NotesBoard';
import { ThoughtsPanel } from './ThoughtsPanel';
import { VotePanel } from './VotePanel';

/**
 * Live capture in the facilitator's console: moderation, notes under themes, and dot votes. In small groups
 * people write in their groups, so only the scribe's notes and themes are here.
 */
export const FacilitatorCapture = () => {
  const aquarium = useStore((s) => s.session?.setup.method !== 'smallGroups');
  return (
    <div className="facilitator-capture">
      {aquarium ? <ThoughtsPanel /> : null}
      <NotesBoard />
      {aquarium ? <VotePanel /> : null}
      <GoalRatingPanel />
    </div>
  );
};
