import { DOCUMENT_FORMATS } from '@aquarium/shared';
import { DraftButtons } from '../../../components/DraftButtons';
import { downloadReportDraft, reportFileUrl } from '../../../net/projectApi';
import { useT } from '../../../state/useT';

/** The published version's four files (public addresses, by the report's code). */
export const PublishedFiles = ({ code, version }: { code: string; version: number }) => {
  const t = useT();
  return (
    <ul className="report-files" data-testid="report-files">
      {DOCUMENT_FORMATS.map((f) => (
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
export const DraftFiles = ({ projectId, token }: { projectId: string; token: string }) => (
  <DraftButtons
    className="report-draft-files"
    testId="report-draft"
    download={(format) => downloadReportDraft(projectId, token, format)}
  />
);
