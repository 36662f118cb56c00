import { latestSummaryVersion } from '@aquarium/shared';
import { useT } from '../../i18n/useT';
import { useStore } from '../../state/store';
import { SummaryLinks } from './SummaryLinks';
import './summary.css';

/** "The summary is ready", with links to the newest published version; nothing before the first one. */
export const PhoneSummary = () => {
  const version = useStore((s) => (s.session ? latestSummaryVersion(s.session.summary) : 0));
  const code = useStore((s) => s.session?.joinCode ?? '');
  if (version === 0 || !code) return null;
  return <SummaryReady code={code} version={version} />;
};

export const SummaryReady = ({ code, version }: { code: string; version: number }) => {
  const t = useT();
  return (
    <section className="summary-ready" aria-labelledby="summary-ready-title" data-testid="summary-download">
      <h2 id="summary-ready-title">{t('summary.ready')}</h2>
      <p>{t('summary.readyIntro', { n: version })}</p>
      <SummaryLinks code={code} version={version} />
    </section>
  );
};
