import { useT } from '../i18n/useT';
import { useStore } from '../state/store';

/** "Connected" / "Reconnecting…", politely announced when it changes. */
export const ConnectionStatus = () => {
  const t = useT();
  const connection = useStore((s) => s.connection);
  const ok = connection === 'connected';
  const text = ok ? t('conn.connected') : connection === 'connecting' ? t('conn.connecting') : t('conn.reconnecting');
  return (
    <p className={`conn-status ${ok ? 'conn-status--ok' : 'conn-status--bad'}`} role="status">
      <span aria-hidden="true">{ok ? '●' : '○'} </span>
      {connection === 'failed' || connection === 'idle' ? null : text}
    </p>
  );
};
