import { formatJoinCode } from '@aquarium/shared';
import { useT } from '../state/useT';
import { qrUrl } from '../net/api';

interface Props {
  code: string;
  showQr?: boolean;
  className?: string;
}

/** The join code, formatted for reading aloud, with the QR code of the join link. */
export const JoinCode = ({ code, showQr = true, className = '' }: Props) => {
  const t = useT();
  const formatted = formatJoinCode(code);
  return (
    <div className={`join-code ${className}`}>
      <p className="join-code__text">
        <span className="join-code__hint">{t('join.withCode', { host: window.location.host })}</span>{' '}
        <strong className="join-code__code" data-testid="join-code">
          {formatted}
        </strong>
      </p>
      {showQr ? (
        <img
          className="join-code__qr"
          src={qrUrl(code)}
          alt={t('join.qrAlt', { code: formatted })}
          data-testid="join-qr"
          width={240}
          height={240}
        />
      ) : null}
    </div>
  );
};
