import { lazy, Suspense } from 'react';
import { useStore } from '../../../state/store';
import '../../capture/styles';
import { MyThoughts } from './MyThoughts';
import { ThoughtForm } from './ThoughtForm';

// The dot vote is needed only once the facilitator opens one: a chunk loaded then (a vote arrives over the
// live connection, so the phone is online to fetch it).
const PhoneVote = lazy(() => import('./PhoneVote'));

/** The participant's part in live capture: the vote, writing thoughts and following my own. */
export const PhoneCapture = () => {
  const ended = useStore((s) => s.session?.status === 'ended');
  const hasVote = useStore((s) => Object.keys(s.session?.votes ?? {}).length > 0);
  return (
    <div className="phone-capture">
      {hasVote ? (
        <Suspense fallback={null}>
          <PhoneVote />
        </Suspense>
      ) : null}
      {ended ? null : <ThoughtForm />}
      <MyThoughts />
    </div>
  );
};
