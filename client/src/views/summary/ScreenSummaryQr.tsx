import { formatJoinCode } from '@aquarium/shared';
import { useT } from '../../state/useT';
import { qrUrl } from '../../net/api';
import { useStore } from '../../state/store';
import './summary.css';

/**
 * After publishing: the join link's QR code. Phones that joined see the summary on their page, and
 * newcomers get it in place of "joining closed".
 */
export const ScreenSummaryQr = () => {
  const t = useT();
  const published = useStore((s) => (s.session?.summary.versions.length ?? 0) > 0);
  const code = useStore((s) => s.session?.joinCode ?? '');
  if (!published || !code) return null;
  const formatted = formatJoinCode(code);
  return (
    <figure className="summary-qr" data-testid="summary-qr">
      <img
        className="summary-qr__image"
        src={qrUrl(code)}
        alt={t('summary.qrAlt', { code: formatted })}
        width={240}
        height={240}
      />
      <figcaption className="summary-qr__caption">
        {t('summary.scan')}
        <span className="summary-qr__code">
          {window.location.host}/j/{formatted}
        </span>
      </figcaption>
    </figure>
  );
};
