// A lazy chunk with strings of its own: a participant opens it from their session's summary.
import type { ProjectReportInfo } from '@aquarium/shared';
import { useEffect, useState } from 'react';
import { getPublishedReport } from '../../net/projectApi';
import { ApiError } from '../../net/api';
import { useStore } from '../../state/store';
import { useT } from '../../state/useT';

/** As shared `locales` (restated: importing it would bring zod to a page participants open on their phones). */
const locales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

type Loaded = { kind: 'loading' } | { kind: 'failed'; network: boolean } | { kind: 'ready'; value: ProjectReportInfo };

/** A published version's file. (Restated from `projectApi`, so that this page shares no chunk with the owner's.) */
const fileUrl = (code: string, version: number, format: 'html' | 'pdf' | 'docx' | 'md') =>
  `/api/project-report/${encodeURIComponent(code)}/v${version}.${format}`;
import './project.css';

const files = ['pdf', 'docx', 'md'] as const;

/**
 * `/r/<code>`: the published project report for anyone with its link or code (the participants of every session
 * reach it from their own session's summary): the newest version to open or download, and the earlier ones.
 */
const PublicReportPage = ({ code }: { code: string }) => {
  const t = useT();
  const language = useStore((s) => s.language);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    getPublishedReport(code).then(
      (info) => current && setState({ kind: 'ready', value: info }),
      (err: unknown) =>
        current && setState({ kind: 'failed', network: err instanceof ApiError && err.code === 'network' }),
    );
    return () => {
      current = false;
    };
  }, [code]);
  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.value.title} · ${t('publicReport.kind')}`;
  }, [state, t]);

  if (state.kind === 'loading') return <p className="loading page">{t('common.loading')}</p>;
  if (state.kind === 'failed')
    return (
      <div className="page page--narrow" data-testid="public-report">
        <h1>{t('publicReport.notFound')}</h1>
        <p role="alert">{state.network ? t('error.network') : t('publicReport.notFoundBody')}</p>
      </div>
    );
  const info = state.value;
  const date = (ms: number) => new Date(ms).toLocaleDateString(locales[language]);
  const newest = info.versions.find((v) => v.version === info.latest);
  const older = info.versions.filter((v) => v.version !== info.latest).reverse();
  return (
    <div className="page page--narrow public-report" data-testid="public-report">
      <p className="project-head__kind">{t('publicReport.kind')}</p>
      <h1 lang={info.language}>{info.title}</h1>
      <p>{t('publicReport.intro')}</p>
      <p className="hint">
        {t('publicReport.version', { n: info.latest, date: newest ? date(newest.publishedAt) : '' })}
      </p>
      <ul className="report-links">
        <li>
          <a
            className="button button--primary button--wide"
            href={fileUrl(code, info.latest, 'html')}
            target="_blank"
            rel="noopener"
          >
            {t('publicReport.open')} <span className="report-links__note">{t('summary.newTab')}</span>
          </a>
        </li>
        {files.map((f) => (
          <li key={f}>
            <a
              className="button button--wide"
              href={fileUrl(code, info.latest, f)}
              download
              data-testid={`public-report-${f}`}
            >
              {t(`summary.link.${f}`)}
            </a>
          </li>
        ))}
      </ul>
      {older.length > 0 ? (
        <details className="public-report__older">
          <summary>{t('publicReport.older')}</summary>
          <ul>
            {older.map((v) => (
              <li key={v.version}>
                <a href={fileUrl(code, v.version, 'html')} target="_blank" rel="noopener">
                  {t('publicReport.version', { n: v.version, date: date(v.publishedAt) })}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
};

export default PublicReportPage;
