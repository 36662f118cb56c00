import { RENAMABLE_HEADINGS, HEADING_MAX, summaryLabels, type RenamableHeading } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { MarkFileField } from '../../components/MarkFileField';
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

/** The funding mark: saved as soon as a file is chosen; the server keeps a PNG of it. */
const FundingMarkField = () => {
  const t = useT();
  const mark = useStore((s) => s.session?.summary.fundingMark ?? null);
  return (
    <MarkFileField
      testId="report-mark"
      initialAlt={mark?.alt ?? ''}
      status={mark ? t('report.markSet', { alt: mark.alt }) : t('report.markNone')}
      onChoose={async (upload) => (await sendCommand('summary:setFundingMark', { mark: upload })).ok}
      onRemove={mark ? () => void sendCommand('summary:setFundingMark', { mark: null }) : null}
    />
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
