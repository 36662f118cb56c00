import type { ProjectReportDraft } from '@aquarium/shared';
import { useId } from 'react';
import { projectPages } from '../../../routing/projectPages';
import { useT } from '../../../state/useT';
import { CopyField } from '../../create/CopyField';
import { DraftFiles, PublishedFiles } from './ReportFiles';

interface Props {
  projectId: string;
  token: string;
  draft: ProjectReportDraft;
  busy: boolean;
  onConfirm: () => void;
  onBackToSuggestions: () => void;
  onPublish: () => void;
  message: string;
}

/**
 * The report's next step on top of the page: confirm the suggested matches, then publish; once published, the public
 * link and the files. The one button that is the next step is the primary one.
 */
export const ReportActions = ({
  projectId,
  token,
  draft,
  busy,
  onConfirm,
  onBackToSuggestions,
  onPublish,
  message,
}: Props) => {
  const t = useT();
  const id = useId();
  const suggested = draft.matches === null;
  const hasMatches = (draft.matches ?? draft.suggestedMatches).length > 0;
  const inReport = draft.document.regions.length;
  const latest = draft.published.versions.at(-1)?.version ?? 0;
  const code = draft.published.code;
  const confirmFirst = suggested && hasMatches;
  return (
    <section className="card card--next report-actions" aria-labelledby={`${id}-title`} data-testid="report-actions">
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('projectReport.next')}
      </h2>
      <div className="report-actions__steps">
        <div className="report-actions__step">
          <p data-testid="report-included">{t('projectReport.included', { n: inReport })}</p>
          {draft.unpublished.length > 0 ? (
            <p className="hint" data-testid="report-unpublished">
              {t('projectReport.unpublished', {
                regions: draft.unpublished.map((u) => u.region || u.title).join(', '),
              })}
            </p>
          ) : null}
        </div>
        <div className="report-actions__step">
          <p data-testid="report-match-state">
            {!hasMatches
              ? t('projectReport.noMatches')
              : suggested
                ? t('projectReport.matchesSuggested')
                : t('projectReport.matchesConfirmed')}
          </p>
          {confirmFirst ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              data-testid="report-confirm"
              onClick={onConfirm}
            >
              {t('projectReport.confirm')}
            </button>
          ) : !suggested ? (
            <button type="button" className="button button--small" disabled={busy} onClick={onBackToSuggestions}>
              {t('projectReport.backToSuggestions')}
            </button>
          ) : null}
        </div>
        <div className="report-actions__step">
          <p data-testid="report-published">
            {latest > 0 ? t('projectReport.publishedVersion', { n: latest }) : t('projectReport.notPublished')}
          </p>
          <button
            type="button"
            className={`button ${confirmFirst ? 'button--secondary' : 'button--primary'}`}
            disabled={busy || inReport === 0}
            data-testid="report-publish"
            onClick={onPublish}
          >
            {latest > 0 ? t('projectReport.publishAgain') : t('projectReport.publish')}
          </button>
        </div>
      </div>
      <p className="status-text" role="status" data-testid="report-message">
        {message}
      </p>
      {code && latest > 0 ? (
        <div className="report-actions__published">
          <p className="report-draft-files__title">{t('projectReport.publishedFiles', { n: latest })}</p>
          <PublishedFiles code={code} version={latest} />
          <CopyField
            label={t('projectReport.publicLink')}
            help={t('projectReport.publicLinkHelp')}
            value={`${window.location.origin}${projectPages.publicReport(code)}`}
            testId="report-public-link"
          />
        </div>
      ) : null}
      <DraftFiles projectId={projectId} token={token} />
    </section>
  );
};
