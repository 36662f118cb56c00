import { Notices } from '../../../components/Notices';
import { useT } from '../../../state/useT';
import { useOutbox } from '../../../net/outboxStore';
import { useStore } from '../../../state/store';

/**
 * What went wrong, at the top of the phone in plain words: a lost connection, thoughts not sent yet, and the
 * app's notices (a refused command). Each says what happens next or what to do.
 */
export const PhoneAlerts = () => {
  const t = useT();
  const connection = useStore((s) => s.connection);
  const unsent = useOutbox((s) => s.waiting.filter((c) => c.name === 'thought:submit').length);
  const lost = connection === 'reconnecting' || connection === 'connecting';
  return (
    <div className="phone-alerts">
      <div role="status" data-testid="phone-connection">
        {lost ? (
          <p className="phone-alert phone-alert--bad">
            <span aria-hidden="true">○ </span>
            {t('phone.alert.offline')}
          </p>
        ) : null}
      </div>
      <div role="status" data-testid="phone-unsent">
        {unsent > 0 ? (
          <p className="phone-alert phone-alert--bad">
            <span aria-hidden="true">⚠ </span>
            {t('phone.alert.unsent', { n: unsent })}
          </p>
        ) : null}
      </div>
      <Notices />
    </div>
  );
};
