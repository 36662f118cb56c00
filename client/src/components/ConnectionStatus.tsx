import { useT } from '../i18n/useT';
import { useStore } from '../state/store';

/**
 * "Connected" / "Reconnecting…", politely announced when it changes; and, while the server has lost its
 * storage (or its disk is full, or other nodes' updates are delayed), a plain sentence saying so.
 */
export const ConnectionStatus = () => {
  const t = useT();
  const connection = useStore((s) => s.connection);
  const server = useStore((s) => s.serverStatus);
  const ok = connection === 'connected';
  const text = ok ? t('conn.connected') : connection === 'connecting' ? t('conn.connecting') : t('conn.reconnecting');
  const trouble =
    !ok || server.storage === 'ok'
      ? server.broadcast === 'delayed' && ok
        ? t('conn.delayed')
        : null
      : server.storage === 'full'
        ? t('conn.storageFull')
        : t('conn.storageLost');
  const good = ok && trouble === null;
  return (
    <p className={`conn-status ${good ? 'conn-status--ok' : 'conn-status--bad'}`} role="status">
      <span aria-hidden="true">{good ? '●' : '○'} </span>
      {connection === 'failed' || connection === 'idle' ? null : (trouble ?? text)}
    </p>
  );
};
