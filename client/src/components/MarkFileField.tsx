import { FUNDING_MARK_MAX_BYTES, type FundingMarkUpload } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../state/useT';

const base64 = (buffer: ArrayBuffer): string => {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

interface Props {
  /** Prefix of the fields' test ids: `<prefix>-alt`, `<prefix>-file`, `<prefix>-status`. */
  testId: string;
  /** The words of the mark shown now, or '' when there is none. */
  initialAlt: string;
  /** What the status line says while nothing went wrong (the mark chosen, or that there is none). */
  status: string;
  /** Takes a checked file with its words; resolves false when it could not be kept (the line says so). */
  onChoose: (mark: FundingMarkUpload) => boolean | Promise<boolean>;
  /** The words changed after a file was chosen (a form that sends the mark later keeps them in step). */
  onAltChange?: (alt: string) => void;
  /** Shown with a "remove" button when there is a mark to remove. */
  onRemove: (() => void) | null;
}

/**
 * A funding mark's fields: its words (required, for screen readers and the text formats), then a PNG or SVG file
 * within the size the server accepts. One component for a session's report form, which saves at once, and a
 * project's settings, which send the mark with the form.
 */
export const MarkFileField = ({ testId, initialAlt, status, onChoose, onAltChange, onRemove }: Props) => {
  const t = useT();
  const id = useId();
  const [alt, setAlt] = useState(initialAlt);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    const type = file.type === 'image/png' ? 'png' : file.type === 'image/svg+xml' ? 'svg' : null;
    if (!type) return setMessage(t('report.markType'));
    if (file.size > FUNDING_MARK_MAX_BYTES) return setMessage(t('report.markTooLarge'));
    if (!alt.trim()) return setMessage(t('report.markAltFirst'));
    setBusy(true);
    const kept = await onChoose({ type, data: base64(await file.arrayBuffer()), alt: alt.trim() });
    setBusy(false);
    setMessage(kept ? '' : t('report.markFailed'));
  };

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
          data-testid={`${testId}-alt`}
          onChange={(e) => {
            setAlt(e.target.value);
            if (e.target.value.trim()) onAltChange?.(e.target.value.trim());
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('report.markChoose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/png,image/svg+xml"
          disabled={busy}
          data-testid={`${testId}-file`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <p className="status-text" role="status" data-testid={`${testId}-status`}>
        {message || status}
      </p>
      {onRemove ? (
        <button type="button" className="button" onClick={onRemove}>
          {t('report.markRemove')}
        </button>
      ) : null}
    </fieldset>
  );
};
