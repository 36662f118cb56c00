import { useState } from 'react';
import { pagePaths } from '../../routing/route';
import { useT } from '../../state/useT';
import { takeStaffToken } from '../../net/storage';
import { downloadDraft } from './download';
import { summaryFormats, type SummaryFormat } from './files';

/** "Download draft" in each format, for reading or editing before publishing. */
export const DraftDownloads = () => {
  const t = useT();
  const [token] = useState(() => takeStaffToken(pagePaths.facilitator));
  const [busy, setBusy] = useState<SummaryFormat | null>(null);
  const [failed, setFailed] = useState(false);
  if (!token) return null;

  const get = async (format: SummaryFormat) => {
    setBusy(format);
    setFailed(false);
    const ok = await downloadDraft(format, token);
    setBusy(null);
    setFailed(!ok);
  };

  return (
    <div className="draft-downloads" role="group" aria-labelledby="draft-downloads-title">
      <h3 id="draft-downloads-title" className="draft-downloads__title">
        {t('summary.downloadDraft')}
      </h3>
      <div className="button-row">
        {summaryFormats.map((f) => (
          <button
            key={f}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            data-testid={`draft-${f}`}
            onClick={() => void get(f)}
          >
            {busy === f ? t('summary.downloading') : t(`summary.format.${f}`)}
          </button>
        ))}
      </div>
      {failed ? (
        <p className="field-error" role="alert">
          {t('summary.downloadFailed')}
        </p>
      ) : null}
    </div>
  );
};
