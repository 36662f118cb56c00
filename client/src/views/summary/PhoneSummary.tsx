import { latestSummaryVersion } from '@aquarium/shared';
import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../state/useT';
import './summary.css';

// Only sessions with a published summary need the download links: a chunk loaded then.
const SummaryReady = lazy(() => import('./SummaryReady'));

/**
 * "The summary is ready", with links to the newest published version. Before the first one: nothing while the
 * session runs, and once it has ended, where the summary will come and that the page may be left open.
 */
export const PhoneSummary = () => {
  const t = useT();
  const version = useStore((s) => (s.session ? latestSummaryVersion(s.session.summary) : 0));
  const code = useStore((s) => s.session?.joinCode ?? '');
  const ended = useStore((s) => s.session?.status === 'ended');
  if (version === 0 || !code)
    return ended ? (
      <p className="now__text" data-testid="summary-pending">
        {t('summary.pending')}
      </p>
    ) : null;
  return (
    <Suspense fallback={null}>
      <SummaryReady code={code} version={version} />
    </Suspense>
  );
};
