import { latestSummaryVersion } from '@aquarium/shared';
import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';
import './summary.css';

// Only sessions with a published summary need the download links: a chunk loaded then.
const SummaryReady = lazy(() => import('./SummaryReady'));

/** "The summary is ready", with links to the newest published version; nothing before the first one. */
export const PhoneSummary = () => {
  const version = useStore((s) => (s.session ? latestSummaryVersion(s.session.summary) : 0));
  const code = useStore((s) => s.session?.joinCode ?? '');
  if (version === 0 || !code) return null;
  return (
    <Suspense fallback={null}>
      <SummaryReady code={code} version={version} />
    </Suspense>
  );
};
