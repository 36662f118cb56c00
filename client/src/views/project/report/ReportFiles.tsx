import { useId, useState } from 'react';
import { downloadReportDraft, reportFileUrl, type ReportFormat } from '../../../net/projectApi';
import { useT } from '../../../state/useT';

const formats: readonly ReportFormat[] = ['html', 'pdf', 'docx', 'md'];

/** The published version's four files (public addresses, by the report's code). */
export const PublishedFiles = ({ code, version }: { code: string; version: number }) => {
  const t = useT();
  return (
    <ul className="report-files" data-testid="report-files">
      {formats.map((f) => (
        <li key={f}>
          <a
            className="button button--small"
            href={reportFileUrl(code, version, f)}
            {...(f === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' })}
            data-testid={`report-file-${f}`}
          >
            {t(`summary.format.${f}`)}
            {f === 'html' ? <span className="visually-hidden"> {t('summary.newTab')}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
};

/** The draft in each format, for reading before publishing (owner only). */
export const DraftFiles = ({ projectId, token }: { projectId: string; token: string }) => {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <div className="report-draft-files" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="report-draft-files__title">
        {t('summary.downloadDraft')}
      </p>
      <div className="button-row">
        {formats.map((f) => (
          <button
            key={f}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            data-testid={`report-draft-${f}`}
            onClick={async () => {
              setBusy(f);
              setFailed(!(await downloadReportDraft(projectId, token, f)));
              setBusy(null);
            }}
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
