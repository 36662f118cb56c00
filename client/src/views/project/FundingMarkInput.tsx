import { FUNDING_MARK_MAX_BYTES, type FundingMark, type FundingMarkUpload } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../state/useT';

const base64 = (buffer: ArrayBuffer): string => {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

interface Props {
  /** The mark stored now (editing a project), or null. */
  stored: FundingMark | null;
  /** The chosen change: a new mark, null to remove the stored one, undefined to keep it. */
  value: FundingMarkUpload | null | undefined;
  onChange: (value: FundingMarkUpload | null | undefined) => void;
}

/**
 * The project's funding mark: its words (required), then a PNG or SVG file. Sent with the form; the server keeps a
 * PNG of it and puts it on every page of the sessions' summaries and the project report.
 */
export const FundingMarkInput = ({ stored, value, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const [alt, setAlt] = useState(stored?.alt ?? '');
  const [message, setMessage] = useState('');

  const choose = async (file: File) => {
    const type = file.type === 'image/png' ? 'png' : file.type === 'image/svg+xml' ? 'svg' : null;
    if (!type) return setMessage(t('report.markType'));
    if (file.size > FUNDING_MARK_MAX_BYTES) return setMessage(t('report.markTooLarge'));
    if (!alt.trim()) return setMessage(t('report.markAltFirst'));
    setMessage('');
    onChange({ type, data: base64(await file.arrayBuffer()), alt: alt.trim() });
  };

  const shown = value === undefined ? stored : value;
  return (
    <fieldset className="report-form__mark">
      <legend>{t('report.mark')}</legend>
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t('report.markAlt')}</label>
        <input
          id={`${id}-alt`}
          type="text"
          maxLength={200}
          value={alt}
          data-testid="project-mark-alt"
          onChange={(e) => {
            setAlt(e.target.value);
            if (value && e.target.value.trim()) onChange({ ...value, alt: e.target.value.trim() });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('report.markChoose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/png,image/svg+xml"
          data-testid="project-mark-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <p className="status-text" role="status" data-testid="project-mark-status">
        {message || (shown ? t('project.markChosen', { alt: shown.alt }) : t('report.markNone'))}
      </p>
      {shown ? (
        <button type="button" className="button" onClick={() => onChange(stored ? null : undefined)}>
          {t('report.markRemove')}
        </button>
      ) : null}
    </fieldset>
  );
};
