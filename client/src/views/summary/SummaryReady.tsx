import { useT } from '../../state/useT';
import { ProjectReportLink } from './ProjectReportLink';
import { SummaryLinks } from './SummaryLinks';

/**
 * "The summary is ready" with the links to one published version, and the project's report once that is out (a lazy
 * chunk: phones need it only then).
 */
const SummaryReady = ({ code, version }: { code: string; version: number }) => {
  const t = useT();
  return (
    <section className="summary-ready" aria-labelledby="summary-ready-title" data-testid="summary-download">
      <h2 id="summary-ready-title">{t('summary.ready')}</h2>
      <p>{t('summary.readyIntro', { n: version })}</p>
      <SummaryLinks code={code} version={version} />
      <ProjectReportLink code={code} />
    </section>
  );
};

export default SummaryReady;
