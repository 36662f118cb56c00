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
  // An open vote is in the top card; here only a closed one waiting for, or showing, its results.
  const hasVote = useStore((s) => Object.values(s.session?.votes ?? {}).some((v) => v.status === 'closed'));
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
