import { useT } from '../../state/useT';
import { publishedUrl } from './files';

/** Links to one published version: the web page opens in a new tab, the files download. */
export const SummaryLinks = ({ code, version }: { code: string; version: number }) => {
  const t = useT();
  return (
    <ul className="summary-links">
      <li>
        <a
          className="button button--primary button--wide"
          href={publishedUrl(code, version, 'html')}
          target="_blank"
          rel="noopener"
        >
          {t('summary.link.html')} <span className="summary-links__note">{t('summary.newTab')}</span>
        </a>
      </li>
      {(['pdf', 'docx', 'md'] as const).map((f) => (
        <li key={f}>
          <a className="button button--wide" href={publishedUrl(code, version, f)} download>
            {t(`summary.link.${f}`)}
          </a>
        </li>
      ))}
    </ul>
  );
};
