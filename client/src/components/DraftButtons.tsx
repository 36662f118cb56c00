import { DOCUMENT_FORMATS, type DocumentFormat } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../state/useT';

interface Props {
  /** Fetches the draft in one format and saves it; resolves false when that failed. */
  download: (format: DocumentFormat) => Promise<boolean>;
  /** Prefix of the buttons' test ids: `<prefix>-<format>`. */
  testId: string;
  /** The title as a heading of this level (in a page with headings around it), or as plain text. */
  headingLevel?: 3;
  className: string;
}

/**
 * "Download draft" in each format, for reading before publishing: one button per format, all disabled while one
 * downloads, and a line that says when it failed. A session's summary and a project's report use the same one.
 */
export const DraftButtons = ({ download, testId, headingLevel, className }: Props) => {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState<DocumentFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const Title = headingLevel ? 'h3' : 'p';

  const get = async (format: DocumentFormat) => {
    setBusy(format);
    setFailed(false);
    const ok = await download(format);
    setBusy(null);
    setFailed(!ok);
  };

  return (
    <div className={className} role="group" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} className={`${className}__title`}>
        {t('summary.downloadDraft')}
      </Title>
      <div className="button-row">
        {DOCUMENT_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            data-testid={`${testId}-${f}`}
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
