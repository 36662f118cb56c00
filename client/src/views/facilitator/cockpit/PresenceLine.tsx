import { ConnectionStatus } from '../../../components/ConnectionStatus';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';

/** One line of who is connected: the facilitators (this console included), the scribe, the projector, the phones. */
export const PresenceLine = () => {
  const t = useT();
  const presence = useStore((s) => s.presence);
  const joined = useStore((s) => s.session?.participantOrder.length ?? 0);
  const facilitators = presence?.facilitators ?? 1;
  const mark = (n: number, label: string) => (
    <li className={n > 0 ? 'presence-line__item is-online' : 'presence-line__item is-offline'}>
      <span aria-hidden="true">{n > 0 ? '● ' : '○ '}</span>
      {label}{' '}
      <span className="presence-line__state">
        {n > 0 ? t('cockpit.presence.online') : t('cockpit.presence.offline')}
        {n > 1 ? ` (${n})` : ''}
      </span>
    </li>
  );
  return (
    <div className="presence-line" data-testid="presence-line">
      <h2 className="visually-hidden">{t('cockpit.presence')}</h2>
      <ul className="presence-line__list">
        <li
          className={facilitators > 1 ? 'presence-line__item is-online' : 'presence-line__item'}
          data-testid="presence-facilitators"
        >
          <span aria-hidden="true">{facilitators > 1 ? '●● ' : '● '}</span>
          {t('cockpit.presence.facilitators', { n: facilitators })}{' '}
          <span className="presence-line__state">({t('cockpit.presence.you')})</span>
        </li>
        {mark(presence?.scribes ?? 0, t('cockpit.presence.scribe'))}
        {mark(presence?.screens ?? 0, t('cockpit.presence.screen'))}
        <li className="presence-line__item" data-testid="presence-phones">
          {t('cockpit.presence.phones', { online: presence?.participantIds.length ?? 0, joined })}
        </li>
      </ul>
      <ConnectionStatus />
    </div>
  );
};
