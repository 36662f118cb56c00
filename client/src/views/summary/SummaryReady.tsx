import { useT } from '../../state/useT';
import { SummaryLinks } from './SummaryLinks';

/** "The summary is ready" with the links to one published version (a lazy chunk: phones need it only then). */
const SummaryReady = ({ code, version }: { code: string; version: number }) => {
  const t = useT();
  return (
    <section className="summary-ready" aria-labelledby="summary-ready-title" data-testid="summary-download">
      <h2 id="summary-ready-title">{t('summary.ready')}</h2>
      <p>{t('summary.readyIntro', { n: version })}</p>
      <SummaryLinks code={code} version={version} />
    </section>
  );
};

export default SummaryReady;
