import { latestSummaryVersion } from '@aquarium/shared';
import { useState } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { allSaved, useCombinedSaveState } from './saveStates';
import { SummaryLinks } from './SummaryLinks';

/** Publishes the draft as a new version; says which version participants now get. */
export const PublishBar = () => {
  const t = useT();
  const version = useStore((s) => (s.session ? latestSummaryVersion(s.session.summary) : 0));
  const code = useStore((s) => s.session?.joinCode ?? '');
  const [busy, setBusy] = useState(false);
  const saveState = useCombinedSaveState();
  // Pressed while a text was still being saved: publish as soon as it is, so the version has the last words.
  const [queued, setQueued] = useState(false);

  const publish = async () => {
    setBusy(true);
    setQueued(saveState !== 'saved');
    await allSaved();
    setQueued(false);
    await sendCommand('summary:publish', {});
    setBusy(false);
  };

  return (
    <div className="publish-bar">
      <p className="hint">{t('summary.publishHint')}</p>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void publish()}>
        {version === 0 ? t('summary.publish') : t('summary.publishNew')}
      </button>
      <p className="status-text publish-bar__status" role="status" data-testid="summary-published">
        {queued
          ? t('summary.publishWaiting')
          : version === 0
            ? t('summary.notPublished')
            : t('summary.published', { n: version })}
      </p>
      {version > 0 ? (
        <details className="publish-bar__links">
          <summary>{t('summary.publishedFiles')}</summary>
          <SummaryLinks code={code} version={version} />
        </details>
      ) : null}
    </div>
  );
};
