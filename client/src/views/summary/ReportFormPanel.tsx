import {
  FUNDING_MARK_MAX_BYTES,
  RENAMABLE_HEADINGS,
  HEADING_MAX,
  summaryLabels,
  type RenamableHeading,
} from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { AutosaveTextarea } from './AutosaveTextarea';
import { useAutosave } from './useAutosave';
import './summary.css';

const saveText = (key: string) => async (text: string) =>
  (await sendCommand('summary:setText', { key, text }, { durable: true })).ok;

/** One heading's name for this session, saved as it is typed; empty means the default. */
const HeadingInput = ({ name }: { name: RenamableHeading }) => {
  const id = useId();
  const key = `heading:${name}`;
  const language = useStore((s) => s.session?.setup.language ?? 'fi');
  const server = useStore((s) => s.session?.summary.texts[key] ?? '');
  const [text, setText] = useState(server);
  const [seen, setSeen] = useState(server);
  const [save] = useState(() => saveText(key));
  const { state, change } = useAutosave(`text:${key}`, save);
  if (server !== seen) {
    setSeen(server);
    if (state === 'saved') setText(server);
  }
  const fallback = summaryLabels[language][name];
  return (
    <div className="field report-form__heading">
      <label htmlFor={id}>{fallback}</label>
      <input
        id={id}
        type="text"
        maxLength={HEADING_MAX}
        value={text}
        placeholder={fallback}
        data-testid={`report-heading-${name}`}
        onChange={(e) => {
          setText(e.target.value);
          change(e.target.value);
        }}
      />
    </div>
  );
};

const base64 = (buffer: ArrayBuffer): string => {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** The funding mark: its words (required), then a PNG or SVG file; the server keeps a PNG of it. */
const FundingMarkField = () => {
  const t = useT();
  const id = useId();
  const mark = useStore((s) => s.session?.summary.fundingMark ?? null);
  const [alt, setAlt] = useState(mark?.alt ?? '');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    const type = file.type === 'image/png' ? 'png' : file.type === 'image/svg+xml' ? 'svg' : null;
    if (!type) return setMessage(t('report.markType'));
    if (file.size > FUNDING_MARK_MAX_BYTES) return setMessage(t('report.markTooLarge'));
    if (!alt.trim()) return setMessage(t('report.markAltFirst'));
    setBusy(true);
    const data = base64(await file.arrayBuffer());
    const ack = await sendCommand('summary:setFundingMark', { mark: { type, data, alt: alt.trim() } });
    setBusy(false);
    setMessage(ack.ok ? '' : t('report.markFailed'));
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
          data-testid="report-mark-alt"
          onChange={(e) => setAlt(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('report.markChoose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/png,image/svg+xml"
          disabled={busy}
          data-testid="report-mark-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
        />
      </div>
      <p className="status-text" role="status" data-testid="report-mark-status">
        {message || (mark ? t('report.markSet', { alt: mark.alt }) : t('report.markNone'))}
      </p>
      {mark ? (
        <button
          type="button"
          className="button"
          onClick={() => void sendCommand('summary:setFundingMark', { mark: null })}
        >
          {t('report.markRemove')}
        </button>
      ) : null}
    </fieldset>
  );
};

/** The report's own form: renamed headings, the organisation's footer and the funding mark. */
export const ReportFormPanel = () => {
  const t = useT();
  const id = useId();
  const [headingsOpen, setHeadingsOpen] = useState(false);
  return (
    <section className="card report-form" aria-labelledby={`${id}-title`} data-testid="report-form">
      <h2 id={`${id}-title`}>{t('report.form')}</h2>
      <p className="hint">{t('report.formHint')}</p>
      <AutosaveTextarea textKey="footer" label={t('report.footer')} rows={3} />
      <FundingMarkField />
      {/* The fields exist only while open: closed, the page has one field per text, not a heading's too. */}
      <details className="report-form__headings" onToggle={(e) => setHeadingsOpen(e.currentTarget.open)}>
        <summary>{t('report.headings')}</summary>
        {headingsOpen ? RENAMABLE_HEADINGS.map((name) => <HeadingInput key={name} name={name} />) : null}
      </details>
    </section>
  );
};
