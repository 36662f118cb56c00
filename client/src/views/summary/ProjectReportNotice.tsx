import { navigate } from '../../routing/navigation';
import { projectPages } from '../../routing/projectPages';
import { useT } from '../../state/useT';

/** The project's combined report beside a session's summary (a lazy chunk with its strings: rarely needed). */
const ProjectReportNotice = ({ code, title }: { code: string; title: string }) => {
  const t = useT();
  const href = projectPages.publicReport(code);
  return (
    <div data-testid="summary-project-report">
      <h3>{t('publicReport.fromSummary')}</h3>
      <p>{t('publicReport.fromSummaryIntro', { title })}</p>
      <a
        className="button button--wide"
        href={href}
        onClick={(e) => {
          e.preventDefault();
          navigate(href);
        }}
      >
        {t('publicReport.fromSummaryOpen')}
      </a>
    </div>
  );
};

export default ProjectReportNotice;
