import { useStore } from '../../../state/store';
import '../../capture/styles';
import { MyThoughts } from './MyThoughts';
import { PhoneVote } from './PhoneVote';
import { ThoughtForm } from './ThoughtForm';

/** The participant's part in live capture: the vote, writing thoughts and following my own. */
export const PhoneCapture = () => {
  const ended = useStore((s) => s.session?.status === 'ended');
  return (
    <div className="phone-capture">
      <PhoneVote />
      {ended ? null : <ThoughtForm />}
      <MyThoughts />
    </div>
  );
};
