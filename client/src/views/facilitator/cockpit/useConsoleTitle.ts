import { useEffect } from 'react';
import { useT } from '../../../state/useT';
import { usePhaseCount, usePhaseIndex, useStatus } from '../../../state/selectors';

/** "Fasilitaattori – Vaihe 2/5 – Nyt": each view says in the tab's title where the session is and what is shown. */
export const useConsoleTitle = (view: string) => {
  const t = useT();
  const status = useStatus();
  const index = usePhaseIndex();
  const total = usePhaseCount();
  const phase =
    status === 'running' && index !== null
      ? t('phase.indicator', { n: index + 1, total })
      : status === 'ended'
        ? t('cockpit.ended')
        : t('cockpit.lobby');
  const title = t('cockpit.docTitle', { phase, view });
  useEffect(() => {
    // After the app's own title effect, which runs after this one when the language changes.
    queueMicrotask(() => {
      document.title = title;
    });
  }, [title]);
};
